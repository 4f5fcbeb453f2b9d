package dev.herald.compose.rules;

import com.twitter.twittertext.TwitterTextParser;
import dev.herald.compose.TextRules;

/**
 * X (Twitter) counting: twitter-text v3 weighted length, where every URL weighs 23 and most CJK
 * characters and emoji weigh 2, against a limit of 280. Text is plain, so nothing is escaped.
 */
public final class XTextRules implements TextRules {

  public static final int MAX = 280;

  @Override
  public int maxLength() {
    return MAX;
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
