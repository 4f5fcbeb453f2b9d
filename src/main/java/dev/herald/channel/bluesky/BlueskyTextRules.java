package dev.herald.channel.bluesky;

import dev.herald.compose.TextRules;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Bluesky counts user-perceived characters (grapheme clusters), at most 300, and a post may also hold
 * at most 3,000 UTF-8 bytes, which dense Hindi can reach first: {@link #length} reports a tenth of
 * the byte count when that is larger, so the one limit covers both. Counting never comes out below
 * the server's, whichever Unicode version its segmenter follows (see {@link #viramaJoins}).
 */
final class BlueskyTextRules implements TextRules {

  static final int MAX_GRAPHEMES = 300;
  static final int MAX_BYTES = 3000;

  @Override
  public int maxLength() {
    return MAX_GRAPHEMES;
  }

  @Override
  public int length(String text) {
    BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
    graphemes.setText(text);
    int count = 0;
    int start = graphemes.first();
    for (int end = graphemes.next(); end != BreakIterator.DONE; start = end, end = graphemes.next()) {
      count += 1 + viramaJoins(text, start, end);
    }
    int bytes = text.getBytes(StandardCharsets.UTF_8).length;
    return Math.max(count, (bytes * MAX_GRAPHEMES + MAX_BYTES - 1) / MAX_BYTES);
  }

  /**
   * Java 17's BreakIterator keeps a conjunct (क्ष, स्ते) together the way Unicode 15.1 does, but PDSes
   * that count with the older rules (the graphemer library) split after the virama. Counting those
   * splits too keeps us at or above either count; flags and ZWJ emoji, which Java splits more
   * finely than Bluesky, only ever err on the short side.
   */
  private static int viramaJoins(String text, int start, int end) {
    int joins = 0;
    for (int i = start; i < end - 1; i++) {
      if (isIndicVirama(text.charAt(i)) && Character.isLetter(text.charAt(i + 1))) joins++;
    }
    return joins;
  }

  /** Devanagari to Malayalam each put their virama at offset 0x4D of their block. */
  private static boolean isIndicVirama(char c) {
    return c >= 0x0900 && c <= 0x0D7F && (c & 0x7F) == 0x4D;
  }

  @Override
  public String escape(String plain) {
    return plain;
  }
}
