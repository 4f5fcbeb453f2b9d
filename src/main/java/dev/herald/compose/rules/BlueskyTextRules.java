package dev.herald.compose.rules;

import dev.herald.compose.TextRules;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;

/**
 * Bluesky counting: graphemes (user-perceived characters, via {@link BreakIterator}), URLs at full
 * length, against a limit of 300. Plain text; links become facets in the channel.
 */
public final class BlueskyTextRules implements TextRules {

  public static final int DEFAULT_MAX = 300;

  private final int max;

  public BlueskyTextRules(int max) {
    if (max <= 0) throw new IllegalArgumentException("max <= 0: " + max);
    this.max = max;
  }

  public BlueskyTextRules() {
    this(DEFAULT_MAX);
  }

  @Override
  public int maxLength() {
    return max;
  }

  @Override
  public int length(String text) {
    // Java 17's rules split some emoji ZWJ sequences, which only over-counts: the post still fits.
    var graphemes = BreakIterator.getCharacterInstance();
    graphemes.setText(text);
    int count = 0;
    while (graphemes.next() != BreakIterator.DONE) count++;
    return count;
  }

  /** Bluesky also refuses text over 3000 UTF-8 bytes (10 per grapheme of the 300), which long Devanagari can reach. */
  @Override
  public boolean fits(String text) {
    return length(text) <= max && text.getBytes(StandardCharsets.UTF_8).length <= max * 10;
  }

  @Override
  public String escape(String plain) {
    return plain;
  }
}
