package dev.herald.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a paragraph into sentences at {@code . ? ! … ।}, but not after abbreviations (Mr., U.S.,
 * Jan., e.g., initials), inside decimals or domain names, before a lower-case word, or inside a
 * balanced double quotation: {@code He said, "We came. We saw."} is one sentence.
 */
final class SentenceSplitter {

  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "col", "lt", "capt", "sgt",
      "cmdr", "adm", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "dept", "govt", "smt",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "e.g", "i.e", "vs", "v", "inc", "ltd", "co", "corp", "bros", "approx", "est", "fig", "vol", "al",
      "rs", "no", "nos", "art", "sec", "cl", "ph.d");

  private static final Pattern INITIALISM = Pattern.compile("(?:\\p{Lu}\\.)+\\p{Lu}");

  private static final String CLOSERS = "\"'”’)]»";

  private SentenceSplitter() {}

  static List<String> split(String paragraph) {
    var sentences = new ArrayList<String>();
    boolean[] quoted = quotedPositions(paragraph);
    int start = 0;
    for (int i = 0; i < paragraph.length(); i++) {
      if (!isTerminator(paragraph.charAt(i))) continue;
      int end = endOfTerminator(paragraph, i);
      if (!isBoundary(paragraph, i, end) || quoted[end - 1]) {
        i = end - 1;
        continue;
      }
      addTrimmed(sentences, paragraph.substring(start, end));
      start = end;
      i = end - 1;
    }
    addTrimmed(sentences, paragraph.substring(start));
    return sentences;
  }

  private static boolean isTerminator(char c) {
    return c == '.' || c == '?' || c == '!' || c == '…' || c == '।' || c == '॥';
  }

  /** Index just after the terminator run ("?!", "...") and any closing quotes or brackets. */
  private static int endOfTerminator(String text, int i) {
    int end = i + 1;
    while (end < text.length() && isTerminator(text.charAt(end))) end++;
    while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) end++;
    return end;
  }

  private static boolean isBoundary(String text, int terminator, int end) {
    if (end < text.length() && !Character.isWhitespace(text.charAt(end))) return false;
    char mark = text.charAt(terminator);
    if (mark == '.' && end == terminator + 1 && isAbbreviation(text, terminator)) return false;
    if (mark == '।' || mark == '॥') return true;
    int next = end;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) next++;
    if (next == text.length()) return true;
    // "etc. and more", "a.m. on Monday", "he said "Go." and left": a lower-case word continues.
    char following = text.charAt(next);
    return !(Character.isLowerCase(following) && following < 'ɏ');
  }

  private static boolean isAbbreviation(String text, int dot) {
    int from = dot;
    while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && "\"'“‘([".indexOf(text.charAt(from - 1)) < 0) from--;
    String token = text.substring(from, dot);
    if (token.isEmpty()) return false;
    if (token.length() == 1 && Character.isUpperCase(token.charAt(0))) return true;
    if (INITIALISM.matcher(token).matches()) return true;
    String lower = token.toLowerCase(Locale.ROOT);
    if (lower.equals("no") || lower.equals("nos")) return nextIsDigit(text, dot);
    return ABBREVIATIONS.contains(lower);
  }

  private static boolean nextIsDigit(String text, int dot) {
    int next = dot + 1;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) next++;
    return next < text.length() && Character.isDigit(text.charAt(next));
  }

  /**
   * Positions inside a double quotation, when the paragraph's double quotes pair up. Unbalanced
   * quotes (a quotation running on into the next paragraph) protect nothing, so one stray mark
   * cannot glue a whole paragraph into one sentence.
   */
  private static boolean[] quotedPositions(String text) {
    boolean[] quoted = new boolean[text.length()];
    int straight = 0;
    int opening = 0;
    int closing = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') straight++;
      else if (c == '“') opening++;
      else if (c == '”') closing++;
    }
    if (straight % 2 != 0 || opening != closing) return quoted;
    boolean inside = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') inside = !inside;
      else if (c == '“') inside = true;
      else if (c == '”') inside = false;
      else quoted[i] = inside;
    }
    return quoted;
  }

  private static void addTrimmed(List<String> sentences, String sentence) {
    String trimmed = sentence.strip();
    if (!trimmed.isEmpty()) sentences.add(trimmed);
  }
}
