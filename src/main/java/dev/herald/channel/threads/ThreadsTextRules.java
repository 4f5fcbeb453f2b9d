package dev.herald.channel.threads;

import dev.herald.compose.TextRules;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Threads posts: 500 characters, where an emoji counts its UTF-8 bytes (Threads' own rule), links
 * at full length; at most 5 links and one tag (Threads keeps only the first as the post's topic),
 * so a text with more counts as too long and the composer drops tags. Plain text.
 */
public final class ThreadsTextRules implements TextRules {

  public static final int MAX = 500;
  public static final int MAX_LINKS = 5;
  public static final int MAX_TAGS = 1;

  private static final Pattern LINK = Pattern.compile("https?://\\S+");
  private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{M}\\p{Nd}_/])#[\\p{L}\\p{M}\\p{Nd}_]+");

  @Override
  public int maxLength() {
    return MAX;
  }

  @Override
  public int length(String text) {
    if (LINK.matcher(text).results().count() > MAX_LINKS) return MAX + 1;
    if (HASHTAG.matcher(text).results().count() > MAX_TAGS) return MAX + 1;
    return text.codePoints().map(ThreadsTextRules::weight).sum();
  }

  /** Letters of every script (Devanagari included) count one; emoji and their joiners count their UTF-8 bytes. */
  private static int weight(int codePoint) {
    boolean emoji = Character.isSupplementaryCodePoint(codePoint)
        || Character.getType(codePoint) == Character.OTHER_SYMBOL
        || codePoint == 0x200D || (codePoint >= 0xFE00 && codePoint <= 0xFE0F);
    return emoji ? new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length : 1;
  }

  @Override
  public String escape(String plain) {
    return plain;
  }
}
