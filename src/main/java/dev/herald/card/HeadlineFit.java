package dev.herald.card;

import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * How a headline was set: the chosen size, the lines, and where each line's baseline sits. {@code
 * bounds} is the union of the lines' ink and their nominal line boxes, in the coordinates of the box
 * the fitter was given, so a test can check it lies inside the safe area. {@code shortened} says a
 * shorter headline was set because the full one did not fit at the layout's floor size.
 */
record HeadlineFit(float fontSize, List<String> lines, List<TextLayout> layouts, List<Float> xs, List<Float> baselines,
    Rectangle2D bounds, boolean truncated, boolean shortened) {

  HeadlineFit(float fontSize, List<String> lines, List<TextLayout> layouts, List<Float> xs, List<Float> baselines, Rectangle2D bounds,
      boolean truncated) {
    this(fontSize, lines, layouts, xs, baselines, bounds, truncated, false);
  }

  /** The same fit, marked as a shorter headline set in place of one that did not fit. */
  HeadlineFit asShortened() {
    return new HeadlineFit(fontSize, lines, layouts, xs, baselines, bounds, truncated, true);
  }

  double height() {
    return bounds.getHeight();
  }

  /** The same fit moved down by {@code dy}, used when the renderer anchors the block to the bottom. */
  HeadlineFit shifted(double dy) {
    var moved = baselines.stream().map(b -> (float) (b + dy)).toList();
    var box = new Rectangle2D.Double(bounds.getX(), bounds.getY() + dy, bounds.getWidth(), bounds.getHeight());
    return new HeadlineFit(fontSize, lines, layouts, xs, moved, box, truncated, shortened);
  }
}
