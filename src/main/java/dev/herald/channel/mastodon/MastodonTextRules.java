package dev.herald.channel.mastodon;

import com.twitter.twittertext.Extractor;
import dev.herald.compose.TextRules;
import java.util.regex.Pattern;

/**
 * Mastodon counting: code points, except that every http(s) URL counts as {@code urlLength}
 * (23 on stock servers) however long it is. Defaults: 500 characters, URLs 23. Plain text.
 */
public final class MastodonTextRules implements TextRules {

  public static final int DEFAULT_MAX = 500;
  public static final int DEFAULT_URL_LENGTH = 23;

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final int max;
  private final int urlLength;

  public MastodonTextRules(int max, int urlLength) {
    if (max <= 0) throw new IllegalArgumentException("max <= 0: " + max);
    if (urlLength < 0) throw new IllegalArgumentException("urlLength < 0: " + urlLength);
    this.max = max;
    this.urlLength = urlLength;
  }

  public MastodonTextRules() {
    this(DEFAULT_MAX, DEFAULT_URL_LENGTH);
  }

  @Override
  public int maxLength() {
    return max;
  }

  @Override
  public int length(String text) {
    int length = text.codePointCount(0, text.length());
    // Only a word with "://" can hold a link, and twitter-text's URL pattern is slow: look there only.
    for (String word : WHITESPACE.split(text)) {
      if (word.contains("://")) length += urlAdjustment(word);
    }
    return length;
  }

  /** Mastodon finds links the way twitter-text does, but only those with a scheme. */
  private int urlAdjustment(String word) {
    var extractor = new Extractor();
    extractor.setExtractURLWithoutProtocol(false);
    int adjustment = 0;
    for (var url : extractor.extractURLsWithIndices(word)) {
      adjustment += urlLength - word.codePointCount(url.getStart(), url.getEnd());
    }
    return adjustment;
  }

  @Override
  public String escape(String plain) {
    return plain;
  }
}
