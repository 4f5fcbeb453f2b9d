package dev.herald.source;

import java.util.List;
import java.util.Locale;

/**
 * A source's include/exclude lists. A term matches an article when it equals (ignoring case) its
 * section or one of its keywords, or appears as a whole word (or phrase) in its title. An empty
 * include list keeps everything; an exclude match always wins.
 */
public final class ItemFilter {

  private final List<String> include;
  private final List<String> exclude;

  public ItemFilter(List<String> include, List<String> exclude) {
    this.include = normalize(include);
    this.exclude = normalize(exclude);
  }

  public boolean keeps(Article article) {
    return dropReason(article).isEmpty();
  }

  /** Which rule drops the article ({@code exclude 'term'}, or an include list nothing matches); empty when kept. */
  public java.util.Optional<String> dropReason(Article article) {
    String title = words(article.title());
    var excluded = exclude.stream().filter(term -> matches(term, article, title)).findFirst();
    if (excluded.isPresent()) return java.util.Optional.of("exclude '" + excluded.get() + "' matches");
    if (include.isEmpty() || include.stream().anyMatch(term -> matches(term, article, title))) return java.util.Optional.empty();
    return java.util.Optional.of("none of include " + include + " matches");
  }

  public List<Article> apply(List<Article> articles) {
    return articles.stream().filter(this::keeps).toList();
  }

  /** Whether {@code term} is one of the article's keywords or a whole word (or phrase) of its headline, ignoring case. */
  public static boolean mentions(Article article, String term) {
    String t = words(term).strip();
    if (t.isEmpty()) return false;
    if (article.keywords().stream().anyMatch(keyword -> t.equals(words(keyword).strip()))) return true;
    return words(article.title()).contains(" " + t + " ");
  }

  private static boolean matches(String term, Article article, String titleWords) {
    if (term.equals(words(article.section()).strip())) return true;
    if (article.keywords().stream().anyMatch(keyword -> term.equals(words(keyword).strip()))) return true;
    return titleWords.contains(" " + term + " ");
  }

  private static List<String> normalize(List<String> terms) {
    if (terms == null) return List.of();
    return terms.stream().map(ItemFilter::words).filter(t -> !t.isBlank()).map(String::strip).toList();
  }

  // Lower-cased words separated by single spaces, padded so " term " finds whole words only.
  // Letters, combining marks (Devanagari matras) and digits make words; everything else separates.
  static String words(String text) {
    if (text == null) return "  ";
    var out = new StringBuilder(text.length() + 2).append(' ');
    boolean space = true;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      boolean wordChar = Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK || cp == 0x200C || cp == 0x200D;
      if (wordChar) {
        out.appendCodePoint(Character.toLowerCase(cp));
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    if (!space) out.append(' ');
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
