package dev.herald.channel;

import dev.herald.source.UrlNormalizer;

/**
 * Whether what a platform shows is a given post: the same article link (compared as Herald
 * normalizes article URLs, so tracking tags do not matter) or the same text, ignoring whitespace
 * (platforms re-flow line breaks when they render a post).
 */
public final class SamePost {

  private SamePost() {}

  public static boolean sameLink(String shown, String link) {
    if (shown == null || shown.isBlank() || link == null || link.isBlank()) return false;
    return UrlNormalizer.normalize(shown).equals(UrlNormalizer.normalize(link));
  }

  public static boolean sameText(String shown, String text) {
    if (shown == null || text == null) return false;
    String a = withoutWhitespace(shown);
    return !a.isEmpty() && a.equals(withoutWhitespace(text));
  }

  private static String withoutWhitespace(String text) {
    return text.replaceAll("[\\s\\u200B\\u00A0]+", "");
  }
}
