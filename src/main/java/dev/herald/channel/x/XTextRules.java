package dev.herald.channel.x;

import com.twitter.twittertext.TwitterTextParser;
import dev.herald.compose.TextRules;

/** X counts with twitter-text v3: most CJK and emoji weigh 2, every URL 23, limit 280. */
final class XTextRules implements TextRules {

  static final XTextRules INSTANCE = new XTextRules();

  private XTextRules() {}

  @Override
  public int maxLength() {
    return 280;
  }

  @Override
  public int length(String text) {
    return TwitterTextParser.parseTweet(text).weightedLength;
  }

  @Override
  public String escape(String plain) {
    return plain;
  }
}
