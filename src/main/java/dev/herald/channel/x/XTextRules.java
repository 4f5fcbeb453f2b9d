package dev.herald.channel.x;

import com.twitter.twittertext.TwitterTextParser;
import dev.herald.compose.TextRules;
import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * X (Twitter) counting: twitter-text v3 weighted length, where every URL weighs 23 and most CJK
 * characters and emoji weigh 2, against a limit of 280. Text is plain, so nothing is escaped.
 * Thread-safe.
 */
public final class XTextRules implements TextRules {

  public static final int MAX = 280;

  // twitter-text runs its emoji pattern across the whole text (~5 µs a character), and the
  // composer measures many drafts. The weighted length is a sum over words, because no URL, emoji
  // sequence or NFC composition spans an ASCII space or newline (each of which weighs 1): so words
  // are measured once and remembered, and plain words skip twitter-text altogether.
  private static final int MAX_CACHED_WORDS = 8192;
  private static final Map<String, Integer> WORD_LENGTHS = new ConcurrentHashMap<>();

  @Override
  public int maxLength() {
    return MAX;
  }

  @Override
  public int length(String text) {
    if (text.trim().isEmpty()) return 0; // as twitter-text: blank text weighs nothing
    int length = 0;
    int wordStart = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\n') {
        if (wordStart < 0) wordStart = i;
        continue;
      }
      if (wordStart >= 0) length += wordLength(text, wordStart, i);
      wordStart = -1;
      length += 1;
    }
    if (wordStart >= 0) length += wordLength(text, wordStart, text.length());
    return length;
  }

  private static int wordLength(String text, int start, int end) {
    String word = text.substring(start, end);
    if (isPlain(word)) return word.codePointCount(0, word.length());
    // twitter-text finds URLs differently at the very start of a text than after a space, so a
    // word is measured with the separators around it (each weighing 1) and they are taken off.
    int from = Math.max(0, start - 1);
    int to = Math.min(text.length(), end + 1);
    String inContext = text.substring(from, to);
    Integer known = WORD_LENGTHS.get(inContext);
    if (known != null) return known;
    if (WORD_LENGTHS.size() >= MAX_CACHED_WORDS) WORD_LENGTHS.clear();
    int length = TwitterTextParser.parseTweet(inContext).weightedLength - (start - from) - (to - end);
    WORD_LENGTHS.put(inContext, length);
    return length;
  }

  /**
   * Below U+1100 every character weighs 1 and none is an emoji except © and ®; a word with no
   * "://" and no dot inside a name cannot hold a URL; and in NFC its characters are what X counts.
   */
  private static boolean isPlain(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 0x1100 || c == '©' || c == '®' || c == ':') return false;
      if (c == '.' && i + 1 < word.length() && Character.isLetterOrDigit(word.charAt(i + 1))) return false;
    }
    return Normalizer.isNormalized(word, Normalizer.Form.NFC);
  }

  @Override
  public String escape(String plain) {
    return plain;
  }
}
