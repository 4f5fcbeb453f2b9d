package dev.herald.channel.telegram;

import dev.herald.compose.TextRules;
import java.util.regex.Pattern;

/**
 * Telegram counts a caption or message after its HTML is parsed: tags vanish, entities become one
 * character, and the rest is measured in UTF-16 code units (limit 1024 for captions, 4096 for messages).
 */
final class TelegramTextRules implements TextRules {

  static final int CAPTION_LIMIT = 1024;
  static final int MESSAGE_LIMIT = 4096;
  static final TelegramTextRules CAPTION = new TelegramTextRules(CAPTION_LIMIT);

  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(?:amp|lt|gt|quot|#\\d+|#x[0-9a-fA-F]+);");

  private final int limit;

  TelegramTextRules(int limit) {
    this.limit = limit;
  }

  @Override
  public int maxLength() {
    return limit;
  }

  @Override
  public int length(String text) {
    var withoutTags = TAG.matcher(text).replaceAll("");
    var matcher = ENTITY.matcher(withoutTags);
    int length = withoutTags.length();
    while (matcher.find()) length -= matcher.group().length() - decodedLength(matcher.group());
    return length;
  }

  @Override
  public String escape(String plain) {
    return plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static int decodedLength(String entity) {
    if (!entity.startsWith("&#")) return 1;
    var hex = entity.startsWith("&#x") || entity.startsWith("&#X");
    var digits = entity.substring(hex ? 3 : 2, entity.length() - 1);
    try {
      return Character.charCount(Integer.parseInt(digits, hex ? 16 : 10));
    } catch (IllegalArgumentException tooLarge) {
      return 1;
    }
  }
}
