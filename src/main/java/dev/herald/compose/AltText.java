package dev.herald.compose;

import dev.herald.source.Article;

/** Alt text for an article's headline card, for screen readers on every platform. */
public final class AltText {

  /** Mastodon and Bluesky take far more, but a screen reader user should not sit through an essay. */
  public static final int MAX = 1000;

  private AltText() {}

  /** The headline, then the description's opening, as plain text of at most {@link #MAX} characters. */
  public static String of(Article article) {
    String headline = PlainText.oneLine(article.title());
    String description = PlainText.oneLine(article.description());
    if (description.isEmpty() || Boilerplate.key(description).equals(Boilerplate.key(headline))) {
      return Shorten.toLength(headline, MAX);
    }
    String joiner = headline.isEmpty() ? "" : endsSentence(headline) ? " " : ". ";
    return Shorten.toLength(headline + joiner + description, MAX);
  }

  private static boolean endsSentence(String text) {
    return ".?!।…".indexOf(text.charAt(text.length() - 1)) >= 0;
  }
}
