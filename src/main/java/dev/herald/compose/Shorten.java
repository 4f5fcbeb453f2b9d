package dev.herald.compose;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Cuts text at a word boundary and marks the cut with "…"; never splits a word while it has spaces. */
final class Shorten {

  static final String ELLIPSIS = "…";

  private Shorten() {}

  /**
   * The longest prefix (ending at a word, then "…") that {@code fits} accepts; the whole text when it
   * fits as is; "" when not even one word does. Text without spaces (one long word, CJK) is cut
   * between graphemes instead. Assumes that a shorter prefix fits whenever a longer one does.
   */
  static String toFit(String text, Predicate<String> fits) {
    String whole = text.strip();
    if (fits.test(whole)) return whole;
    List<Integer> cuts = cutPoints(whole);
    int low = 0;
    int high = cuts.size() - 1;
    String best = "";
    while (low <= high) {
      int middle = (low + high) >>> 1;
      String candidate = withEllipsis(whole.substring(0, cuts.get(middle)));
      if (fits.test(candidate)) {
        best = candidate;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return best;
  }

  /**
   * The opening of a sentence that {@code fits}, ended at a clause ("The court struck down the scheme,
   * holding…" → "The court struck down the scheme…"): the longest run of whole clauses that fits, else
   * the first clause cut at a word. "" when not even one word fits.
   */
  static String firstClause(String sentence, Predicate<String> fits) {
    String whole = sentence == null ? "" : sentence.strip();
    if (whole.isEmpty()) return "";
    List<Integer> ends = clauseEnds(whole);
    for (int i = ends.size() - 1; i >= 0; i--) {
      String candidate = withEllipsis(whole.substring(0, ends.get(i)));
      if (!candidate.isEmpty() && fits.test(candidate)) return candidate;
    }
    String first = ends.isEmpty() ? whole : whole.substring(0, ends.get(0));
    return toFit(first, fits);
  }

  /** Where clauses end: before ", " "; " ": " " — " " – " " (" (the punctuation is dropped by the cut). */
  private static List<Integer> clauseEnds(String text) {
    var ends = new ArrayList<Integer>();
    for (int i = 1; i < text.length() - 1; i++) {
      char c = text.charAt(i);
      boolean mark = (c == ',' || c == ';' || c == ':') && text.charAt(i + 1) == ' ';
      boolean dash = (c == '—' || c == '–' || c == '(') && text.charAt(i - 1) == ' ';
      if (mark || dash) ends.add(i);
    }
    return ends;
  }

  /** At most {@code max} characters (UTF-16), cut at a word and marked with "…" when shortened. */
  static String toLength(String text, int max) {
    return toFit(text, candidate -> candidate.length() <= max);
  }

  private static String withEllipsis(String prefix) {
    // "Blinken says, …" reads badly: drop the punctuation the cut left hanging.
    String trimmed = prefix.strip().replaceAll("[\\s,;:\\-–—|/(\\[]+$", "");
    return trimmed.isEmpty() ? "" : trimmed + ELLIPSIS;
  }

  /** Ends of all proper prefixes: after each word, or after each grapheme when there is one word. */
  private static List<Integer> cutPoints(String text) {
    var cuts = new ArrayList<Integer>();
    for (int i = 1; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i)) && !Character.isWhitespace(text.charAt(i - 1))) cuts.add(i);
    }
    if (!cuts.isEmpty()) return cuts;
    var graphemes = BreakIterator.getCharacterInstance();
    graphemes.setText(text);
    for (int end = graphemes.next(); end != BreakIterator.DONE && end < text.length(); end = graphemes.next()) cuts.add(end);
    return cuts;
  }
}
