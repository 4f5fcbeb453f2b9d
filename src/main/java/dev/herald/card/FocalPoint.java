package dev.herald.card;

import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Where the interesting part of a photo is, as fractions of its width and height: the centroid of
 * edge energy on a small thumbnail. Faces, text and objects have edges; sky, walls and blur do not,
 * so the crop slides toward the subject instead of always keeping the centre.
 */
final class FocalPoint {

  private static final int THUMB = 64;
  /** A little pull toward the centre keeps a single sharp speck from dragging the crop to an edge. */
  private static final double CENTRE_PULL = 0.15;

  private FocalPoint() {}

  static Point2D.Double of(BufferedImage image) {
    int w = Math.max(8, THUMB), h = Math.max(8, (int) Math.round(THUMB * (double) image.getHeight() / image.getWidth()));
    var luma = luma(thumbnail(image, w, h), w, h);
    double sum = 0, sx = 0, sy = 0;
    for (int y = 1; y < h - 1; y++) {
      for (int x = 1; x < w - 1; x++) {
        int gx = luma[y * w + x + 1] - luma[y * w + x - 1];
        int gy = luma[(y + 1) * w + x] - luma[(y - 1) * w + x];
        double energy = gx * gx + gy * gy;
        sum += energy;
        sx += energy * (x + 0.5);
        sy += energy * (y + 0.5);
      }
    }
    if (sum == 0) return new Point2D.Double(0.5, 0.5);
    double fx = sx / sum / w, fy = sy / sum / h;
    return new Point2D.Double(fx + (0.5 - fx) * CENTRE_PULL, fy + (0.5 - fy) * CENTRE_PULL);
  }

  private static BufferedImage thumbnail(BufferedImage image, int w, int h) {
    var thumb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    PhotoScaler.draw(image, new Rectangle(image.getWidth(), image.getHeight()), thumb, new Rectangle(w, h));
    return thumb;
  }

  private static int[] luma(BufferedImage thumb, int w, int h) {
    var pixels = ((DataBufferInt) thumb.getRaster().getDataBuffer()).getData();
    var luma = new int[w * h];
    for (int i = 0; i < luma.length; i++) {
      int p = pixels[i];
      luma[i] = (((p >> 16) & 0xFF) * 54 + ((p >> 8) & 0xFF) * 183 + (p & 0xFF) * 19) >> 8;
    }
    return luma;
  }
}
