package dev.herald.card;

import java.awt.Rectangle;

/**
 * Per-layout typography and margins. No headline is set below {@code minSize}: at least 40 px per
 * 1200 px of width (a shorter headline is set instead, see {@link ShortHeadlines}). Story cards keep clear of the platform's own overlays (profile
 * row on top, reply bar below), so their safe area is much taller than their side margins.
 */
record LayoutSpec(CardLayout layout, int marginX, int marginTop, int marginBottom, float maxSize, float minSize,
    int maxLines, float bodySize, int maxHeadlineHeight) {

  static LayoutSpec of(CardLayout layout) {
    return switch (layout) {
      case LANDSCAPE -> new LayoutSpec(layout, 64, 48, 44, 64, 40, 3, 24, 230);
      case OG -> new LayoutSpec(layout, 64, 44, 40, 60, 40, 3, 23, 205);
      case SQUARE -> new LayoutSpec(layout, 72, 72, 64, 76, 40, 5, 26, 470);
      case PORTRAIT -> new LayoutSpec(layout, 72, 80, 72, 84, 44, 6, 28, 620);
      case STORY -> new LayoutSpec(layout, 80, 260, 220, 92, 52, 7, 32, 820);
    };
  }

  Rectangle safeArea() {
    return new Rectangle(marginX, marginTop, layout.width - 2 * marginX, layout.height - marginTop - marginBottom);
  }

  int accentBarHeight() {
    return Math.max(6, Math.round(layout.height / 96f));
  }

  /**
   * Size of the small type (section pill, date, wordmark): never under 24 px at 1200 px wide, so it
   * stays 8–9 px tall on a phone, and the layout's body size where that is larger.
   */
  float labelSize() {
    return Math.max(bodySize, MIN_LABEL_AT_1200 * layout.width / 1200f);
  }

  static final float MIN_LABEL_AT_1200 = 24f;

  /** The footer row holds the brand plate, which is a little taller than the label type. */
  float footerHeight() {
    return labelSize() * 2.1f;
  }
}
