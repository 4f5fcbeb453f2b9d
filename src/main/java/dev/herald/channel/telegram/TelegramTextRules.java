package dev.herald.channel.telegram;

import dev.herald.compose.TextRules;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telegram HTML parse mode: the limit (1024 for a photo caption, 4096 for a message) applies to the
 * text the reader sees, i.e. after tags are removed and entities parsed, counted in UTF-16 code
 * units. Values are escaped so that {@code & < > "} can never open a tag or end an attribute.
 */
public final class TelegramTextRules implements TextRules {

  public static final int CAPTION_MAX = 1024;
  public static final int MESSAGE_MAX = 4096;

  /** A Telegram post is a teaser under its card: one or two sentences, then the button or link. */
  public static final int TEASER_SENTENCES = 2;

  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot));");

  private final int max;

  public TelegramTextRules(int max) {
    if (max <= 0) throw new IllegalArgumentException("max <= 0: " + max);
    this.max = max;
  }

  @Override
  public int maxSentences() {
    return TEASER_SENTENCES;
  }

  public static TelegramTextRules caption() {
    return new TelegramTextRules(CAPTION_MAX);
  }

  public static TelegramTextRules message() {
    return new TelegramTextRules(MESSAGE_MAX);
  }

  @Override
  public int maxLength() {
    return max;
  }

  @Override
  public int length(String text) {
    return visibleText(text).length();
  }

  /** The text as Telegram shows it: tags removed, the entities Telegram knows decoded. */
  public static String visibleText(String html) {
    String withoutTags = TAG.matcher(html).replaceAll("");
    if (withoutTags.indexOf('&') < 0) return withoutTags;
    Matcher m = ENTITY.matcher(withoutTags);
    var out = new StringBuilder(withoutTags.length());
    while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(decode(m)));
    m.appendTail(out);
    return out.toString();
  }

  private static String decode(Matcher m) {
    if (m.group(1) != null) return codePoint(Integer.parseInt(m.group(1)), m.group());
    if (m.group(2) != null) return codePoint(Integer.parseInt(m.group(2), 16), m.group());
    return switch (m.group(3)) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      default -> "\"";
    };
  }

  private static String codePoint(int cp, String asWritten) {
    return Character.isValidCodePoint(cp) ? Character.toString(cp) : asWritten;
  }

  @Override
  public String escape(String plain) {
    if (plain == null || plain.isEmpty()) return "";
    var out = new StringBuilder(plain.length() + 16);
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        // Escaped everywhere, not only in attributes: a value cannot know where a template puts it.
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
