package dev.herald.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Content words of a sentence, for comparing sentences: lower-cased, stop words and possessives gone. */
final class Words {

  private static final Set<String> STOP_WORDS = Set.of(
      // English
      "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from",
      "as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
      "it", "its", "this", "that", "these", "those", "he", "she", "they", "we", "you", "i", "his", "her",
      "their", "our", "your", "my", "him", "them", "us", "who", "whom", "which", "what", "when", "where",
      "why", "how", "not", "no", "so", "than", "then", "there", "here", "also", "about", "into", "over",
      "after", "before", "up", "down", "out", "will", "would", "can", "could", "should", "may", "might",
      "must", "said", "says", "say", "very", "just", "more", "most", "such", "any", "all", "both", "each",
      "other", "some", "only", "own", "same", "too", "while", "during", "because", "until", "against",
      "between", "through", "under", "again", "further", "once", "s", "t", "mr", "ms", "mrs",
      // Hindi
      "का", "की", "के", "में", "है", "हैं", "और", "से", "को", "ने", "पर", "यह", "वह", "एक", "भी", "तो",
      "था", "थी", "थे", "हो", "कि", "लिए", "साथ", "इस", "उस", "जो", "कर", "किया", "गया", "गई", "रहा",
      "रही", "रहे", "नहीं", "ही", "तक", "अपने", "कहा", "या", "इसके", "उनके", "उन्होंने", "बताया", "होने", "जा");

  private Words() {}

  static List<String> contentWords(String text) {
    var words = new ArrayList<String>();
    var word = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isWordChar(c)) {
        word.append(c);
      } else if ((c == '\'' || c == '’') && word.length() > 0) {
        // "China's" counts as "China": skip the possessive rather than make "s" a word.
        if (i + 1 < text.length() && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')) i++;
      } else {
        add(words, word);
      }
    }
    add(words, word);
    return words;
  }

  static int count(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean wordChar = !Character.isWhitespace(text.charAt(i));
      if (wordChar && !inWord) count++;
      inWord = wordChar;
    }
    return count;
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || isMark(c);
  }

  static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static void add(List<String> words, StringBuilder word) {
    if (word.length() == 0) return;
    String lower = word.toString().toLowerCase(Locale.ROOT);
    word.setLength(0);
    if (!STOP_WORDS.contains(lower)) words.add(stem(lower));
  }

  // Just enough stemming that "election" meets "elections" and "country" meets "countries".
  private static String stem(String word) {
    if (word.length() > 4 && word.endsWith("ies")) return word.substring(0, word.length() - 3) + "y";
    if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.substring(0, word.length() - 1);
    return word;
  }
}
