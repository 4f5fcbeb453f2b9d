package dev.herald.compose.rules;

import com.twitter.twittertext.Extractor;
import dev.herald.compose.TextRules;

/**
 * Mastodon counting: code points, except that every http(s) URL counts as {@code urlLength}
 * (23 on stock servers) however long it is. Defaults: 500 characters, URLs 23. Plain text.
 */
public final class MastodonTextRules implements TextRules {

  public static final int DEFAULT_MAX = 500;
  public static final int DEFAULT_URL_LENGTH = 23;

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
    // Mastodon finds links the way twitter-text does, but only those with a scheme.
    var extractor = new Extractor();
    extractor.setExtractURLWithoutProtocol(false);
    int length = text.codePointCount(0, text.length());
    for (var url : extractor.extractURLsWithIndices(text)) {
      length += urlLength - text.codePointCount(url.getStart(), url.getEnd());
    }
    return length;
  }

  @Override
  public String escape(String plain) {
    return plain;
  }
}
