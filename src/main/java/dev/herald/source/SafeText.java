package dev.herald.source;

import java.util.List;

/**
 * Removes what outside text must never carry onward: C0/C1 control characters (line breaks and tabs
 * become plain line breaks and spaces), DEL, the bidi embeddings/overrides/isolates U+202A–U+202E and
 * U+2066–U+2069 (they can make a post read backwards or hide a link's real target), and lone UTF-16
 * surrogates. Joiners (U+200C/U+200D, needed by Devanagari), marks and emoji are kept. Pure and fast:
 * text that needs no change is returned as is.
 */
public final class SafeText {

  private SafeText() {}

  /** {@code text} without unsafe characters; null stays null. */
  public static String clean(String text) {
    if (text == null || isClean(text)) return text;
    var out = new StringBuilder(text.length());
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (c == '\r') {
        if (i + 1 >= n || text.charAt(i + 1) != '\n') out.append('\n');
      } else if (c == '\t') {
        out.append(' ');
      } else if (c == '\n' || !unsafe(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Every text field of {@code article} cleaned (URLs are left to the URL parser). */
  public static Article clean(Article a) {
    if (a == null) return null;
    List<String> keywords = a.keywords().stream().map(SafeText::clean).filter(k -> !k.isBlank()).toList();
    return new Article(a.url(), a.guid(), a.sourceId(), clean(a.title()), clean(a.description()), clean(a.body()),
        a.imageUrl(), a.publishedAt(), clean(a.section()), keywords, clean(a.author()), clean(a.language()),
        clean(a.imageAlt()), a.shortHeadlines().stream().map(SafeText::clean).filter(h -> !h.isBlank()).toList());
  }

  /** True when {@code text} holds nothing {@link #clean} would change. */
  public static boolean isClean(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (c != '\n' && (unsafe(c) || c == '\t')) {
        return false;
      }
    }
    return true;
  }

  private static boolean unsafe(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F)
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
        || Character.isSurrogate(c);
  }
}
