package dev.herald.channel.instagram;

import dev.herald.compose.TextRules;
import java.util.regex.Pattern;

/**
 * Instagram captions: at most 2,200 characters (counted in UTF-16 units, never less than what
 * Instagram counts) and at most 30 hashtags — a caption with more is refused, so it counts as too
 * long and the composer drops tags. Plain text; links are not clickable.
 */
public final class InstagramTextRules implements TextRules {

  public static final int MAX = 2_200;
  public static final int MAX_HASHTAGS = 30;

  private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{M}\\p{Nd}_])#[\\p{L}\\p{M}\\p{Nd}_]+");

  @Override
  public int maxLength() {
    return MAX;
  }

  @Override
  public int length(String text) {
    if (HASHTAG.matcher(text).results().count() > MAX_HASHTAGS) return MAX + 1;
    return text.length();
  }

  @Override
  public String escape(String plain) {
    return plain;
  }
}
