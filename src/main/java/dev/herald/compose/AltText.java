package dev.herald.compose;

import dev.herald.source.Article;

/**
 * Alt text for an article's headline card, for screen readers on every platform: what the photo shows,
 * in the page's own words (its image alt or caption, {@link Article#imageAlt()}), then the words
 * printed on the card (the headline). Without the page's description of the photo: the headline, then
 * the description's opening.
 */
public final class AltText {

  /** Mastodon and Bluesky take far more, but a screen reader user should not sit through an essay. */
  public static final int MAX = 1000;

  private AltText() {}

  /** Plain text of at most {@link #MAX} characters. */
  public static String of(Article article) {
    String headline = PlainText.oneLine(article.title());
    String photo = article.imageUrl() == null ? "" : PlainText.oneLine(article.imageAlt());
    if (!photo.isEmpty()) return Shorten.toLength(joined(photo, headline), MAX);
    String description = PlainText.oneLine(article.description());
    if (description.isEmpty() || Boilerplate.key(description).equals(Boilerplate.key(headline))) {
      return Shorten.toLength(headline, MAX);
    }
    return Shorten.toLength(joined(headline, description), MAX);
  }

  private static String joined(String first, String second) {
    if (first.isEmpty()) return second;
    if (second.isEmpty()) return first;
    return first + (endsSentence(first) ? " " : ". ") + second;
  }

  private static boolean endsSentence(String text) {
    return ".?!।…".indexOf(text.charAt(text.length() - 1)) >= 0;
  }
}
