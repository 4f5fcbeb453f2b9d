package dev.herald.channel.preview;

import dev.herald.compose.TextRules;

/** Preview files have no platform behind them: code points, with a limit only to stop runaway text. */
final class PreviewTextRules implements TextRules {

  static final int MAX = 10_000;

  @Override
  public int maxLength() {
    return MAX;
  }

  @Override
  public int length(String text) {
    return text.codePointCount(0, text.length());
  }

  @Override
  public String escape(String plain) {
    return plain;
  }
}
