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

  /**
   * What the text shows for the post's link when a template has {@code {{url}}}: the link itself, or a
   * short display form where the platform makes it a link by other means (Bluesky's link facet).
   */
  default String linkText(String link) {
    return link;
  }

  /**
   * The most summary sentences a post on this platform carries, however much room is left (the
   * composer's own cap applies too). Unlimited unless the platform reads best short (Telegram: 2).
   */
  default int maxSentences() {
    return Integer.MAX_VALUE;
  }
}
