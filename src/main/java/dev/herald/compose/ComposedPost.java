package dev.herald.compose;

import java.util.List;

/**
 * A post's text for one channel, already within the platform's limit. {@code link} is the article
 * URL with the channel's UTM tags; {@code hashtags} are those that made it into {@code text}
 * (without '#'); {@code altText} describes the card for screen readers.
 */
public record ComposedPost(String text, String link, List<String> hashtags, String altText) {

  public ComposedPost {
    hashtags = List.copyOf(hashtags);
  }
}
