package dev.herald.channel.mastodon;

import com.twitter.twittertext.Extractor;
import dev.herald.compose.TextRules;

/** Mastodon counts code points, and every http(s) URL as a fixed 23 whatever its real length. */
final class MastodonTextRules implements TextRules {

  static final int DEFAULT_MAX = 500;
  static final int URL_WEIGHT = 23;

  private final int maxLength;

  MastodonTextRules(int maxLength) {
    if (maxLength <= 0) throw new IllegalArgumentException("maxLength <= 0");
    this.maxLength = maxLength;
  }

  @Override
  public int maxLength() {
    return maxLength;
  }

  @Override
  public int length(String text) {
    // Extractor is not thread-safe (it keeps a flag), so each count gets its own.
    var extractor = new Extractor();
    extractor.setExtractURLWithoutProtocol(false);
    int length = text.codePointCount(0, text.length());
    for (var url : extractor.extractURLsWithIndices(text)) {
      length += URL_WEIGHT - text.codePointCount(url.getStart(), url.getEnd());
    }
    return length;
  }

  @Override
  public String escape(String plain) {
    return plain;
  }
}
