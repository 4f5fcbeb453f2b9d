package dev.herald.channel.preview;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * File-name stems for preview files: {@code <postId>-<ascii-words-of-the-headline>}. Accents are
 * dropped (é → e); a headline in another script (Devanagari) is not transliterated but becomes
 * {@code post-<postId>}, so names stay ASCII-safe on every file system.
 */
final class Slugs {

  private static final int MAX_WORDS_LENGTH = 60;
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_LATIN_LETTER = Pattern.compile("[\\p{L}&&[^a-zA-Z]]");
  private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

  private Slugs() {}

  static String of(long postId, String headline) {
    String plain = MARKS.matcher(Normalizer.normalize(headline == null ? "" : headline, Normalizer.Form.NFKD)).replaceAll("");
    if (NON_LATIN_LETTER.matcher(plain).find()) return "post-" + postId;
    String words = trim(SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-"));
    if (words.length() > MAX_WORDS_LENGTH) {
      int cut = words.lastIndexOf('-', MAX_WORDS_LENGTH);
      words = trim(words.substring(0, cut > 0 ? cut : MAX_WORDS_LENGTH));
    }
    return words.isEmpty() ? "post-" + postId : postId + "-" + words;
  }

  /** Channel ids come from the config; keep them from escaping the directory. */
  static String safeChannelId(String channelId) {
    return channelId.replaceAll("[^A-Za-z0-9_-]", "_");
  }

  private static String trim(String dashed) {
    int start = 0;
    int end = dashed.length();
    while (start < end && dashed.charAt(start) == '-') start++;
    while (end > start && dashed.charAt(end - 1) == '-') end--;
    return dashed.substring(start, end);
  }
}
