package dev.herald.compose;

/**
 * How one platform measures and escapes post text. {@link #length} counts the way the platform
 * does (X: twitter-text weighted length; Telegram: characters after HTML entities are parsed;
 * Mastodon: code points with every URL as 23; Bluesky: graphemes). {@link #escape} makes a plain
 * value safe to put into the platform's markup (Telegram HTML: {@code & < >}); identity elsewhere.
 */
public interface TextRules {

  int maxLength();

  int length(String text);

  String escape(String plain);

  default boolean fits(String text) {
    return length(text) <= maxLength();
  }
}
