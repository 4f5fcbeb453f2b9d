package dev.herald.card;

import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Where the person in a photo is, as a box in fractions of its width and height, found in the
 * spirit of smartcrop.js: on a small thumbnail, skin-coloured pixels, and of them the largest
 * connected patch (a face, usually with its neck). That is what a headline must not cover; a photo
 * with too little skin has no subject here and the crop follows the {@link FocalPoint}.
 */
final class Subject {

  private static final int THUMB = 96;
  /** Below this share of skin pixels there is no person worth steering around. */
  private static final double MIN_SHARE = 0.006;

  private Subject() {}

  /** The bounding box of the largest patch of skin, grown a little for hair and chin; null when there is none. */
  static Rectangle2D.Double find(BufferedImage photo) {
    int w = THUMB, h = Math.max(8, (int) Math.round(THUMB * (double) photo.getHeight() / photo.getWidth()));
    var thumb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    PhotoScaler.draw(photo, new Rectangle(photo.getWidth(), photo.getHeight()), thumb, new Rectangle(w, h));
    var pixels = ((DataBufferInt) thumb.getRaster().getDataBuffer()).getData();
    var skin = new boolean[pixels.length];
    for (int i = 0; i < pixels.length; i++) skin[i] = isSkin(pixels[i]);
    var best = largestPatch(skin, w, h);
    if (best == null || best[4] < MIN_SHARE * pixels.length || !personShaped(best, w, h)) return null;
    double x0 = best[0] / (double) w, y0 = best[1] / (double) h, x1 = (best[2] + 1) / (double) w, y1 = (best[3] + 1) / (double) h;
    double padX = (x1 - x0) * 0.15, padY = (y1 - y0) * 0.2;
    x0 = Math.max(0, x0 - padX);
    x1 = Math.min(1, x1 + padX);
    y0 = Math.max(0, y0 - padY * 1.5);
    y1 = Math.min(1, y1 + padY);
    return new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0);
  }

  /**
   * A face-and-neck patch is compact and ends above the photo's bottom edge; a brick floor, a lawn
   * or a tan facade in warm light runs wide or into the bottom edge, and is not steered around.
   */
  private static boolean personShaped(int[] patch, int w, int h) {
    int width = patch[2] - patch[0] + 1, height = patch[3] - patch[1] + 1;
    double fill = patch[4] / (double) (width * height);
    return patch[3] < h - 1 && width <= w * 0.6 && height <= h * 0.8 && fill >= 0.25;
  }

  /** minX, minY, maxX, maxY and size of the largest 8-connected patch of {@code mask}; null for none. */
  private static int[] largestPatch(boolean[] mask, int w, int h) {
    var seen = new boolean[mask.length];
    var queue = new int[mask.length];
    int[] best = null;
    for (int start = 0; start < mask.length; start++) {
      if (!mask[start] || seen[start]) continue;
      int head = 0, tail = 0;
      queue[tail++] = start;
      seen[start] = true;
      int minX = w, minY = h, maxX = -1, maxY = -1;
      while (head < tail) {
        int p = queue[head++], x = p % w, y = p / w;
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
        for (int dy = -1; dy <= 1; dy++) {
          for (int dx = -1; dx <= 1; dx++) {
            int nx = x + dx, ny = y + dy;
            if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
            int q = ny * w + nx;
            if (mask[q] && !seen[q]) {
              seen[q] = true;
              queue[tail++] = q;
            }
          }
        }
      }
      if (best == null || tail > best[4]) best = new int[] {minX, minY, maxX, maxY, tail};
    }
    return best;
  }

  /**
   * Skin by the usual daylight rule (clearly red-dominant, some saturation) and inside the
   * skin-tone box of YCbCr, which leaves out orange cloth, red flags and beige walls.
   */
  static boolean isSkin(int rgb) {
    int r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
    int max = Math.max(r, Math.max(g, b)), min = Math.min(r, Math.min(g, b));
    if (r <= 95 || g <= 40 || b <= 20 || max - min <= 15 || r - g <= 15 || r <= b) return false;
    double cb = 128 - 0.168736 * r - 0.331264 * g + 0.5 * b, cr = 128 + 0.5 * r - 0.418688 * g - 0.081312 * b;
    return cb >= 77 && cb <= 127 && cr >= 133 && cr <= 173;
  }
}
