package dev.herald.channel.bluesky;

import dev.herald.compose.TextRules;
import java.text.BreakIterator;
import java.util.Locale;

/** Bluesky counts user-perceived characters (grapheme clusters): a flag or a Devanagari conjunct is one. */
final class BlueskyTextRules implements TextRules {

  static final int MAX_GRAPHEMES = 300;

  @Override
  public int maxLength() {
    return MAX_GRAPHEMES;
  }

  @Override
  public int length(String text) {
    BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
    graphemes.setText(text);
    int count = 0;
    while (graphemes.next() != BreakIterator.DONE) count++;
    return count;
  }

  @Override
  public String escape(String plain) {
    return plain;
  }
}
