package dev.herald.compose;


/** Code points, URLs at full length, nothing escaped: for output that no platform counts. */
public final class PlainTextRules implements TextRules {

  private final int max;

  public PlainTextRules(int max) {
    this.max = max;
  }

  @Override
  public int maxLength() {
    return max;
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
