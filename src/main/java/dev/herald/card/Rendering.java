package dev.herald.card;

import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * Everything a render decided, for tests and previews: the image before encoding, the headline fit,
 * the safe area, the rectangle whose contrast was solved, the scrim opacity chosen, and the focal
 * point used for the crop (null for the branded design). {@code backdropContrast} is the worst
 * contrast the text colour has against the finished backdrop (read back after the scrim, before any
 * text), or NaN when the renderer was not asked to measure it. {@code photoPanel} is where the whole
 * photo sits on a stacked tall card, null when the photo covers the card (or there is none).
 * {@code pillSize} is the section pill's type size (0 without a section); {@code footer} says where
 * the brand plate went and in which colours; {@code subject} is where the detected person ended up
 * on the card (null when none was found).
 */
record Rendering(BufferedImage image, HeadlineFit headline, Rectangle safeArea, Rectangle textRegion,
    float scrimOpacity, Point2D.Double focalPoint, boolean branded, double backdropContrast, Rectangle photoPanel,
    float pillSize, CardPainter.Footer footer, Rectangle2D subject) {

  Rendering(BufferedImage image, HeadlineFit headline, Rectangle safeArea, Rectangle textRegion, float scrimOpacity,
      Point2D.Double focalPoint, boolean branded, double backdropContrast, Rectangle photoPanel, float pillSize, CardPainter.Footer footer) {
    this(image, headline, safeArea, textRegion, scrimOpacity, focalPoint, branded, backdropContrast, photoPanel, pillSize, footer, null);
  }
}
