package dev.herald.channel.facebook;

import dev.herald.compose.TextRules;

/**
 * Facebook Page posts: up to 63,206 characters as JavaScript counts them (UTF-16 units), links at
 * full length, plain text. The composer's sentence cap keeps a post a teaser long before that.
 */
public final class FacebookTextRules implements TextRules {

  public static final int MAX = 63_206;

  @Override
  public int maxLength() {
    return MAX;
  }

  @Override
  public int length(String text) {
    return text.length();
  }

  @Override
  public String escape(String plain) {
    return plain;
  }
}
