package dev.herald.card;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * WCAG 2 contrast, computed on the pixels that are really behind the text. The scrim solver works on
 * a 5-bit-per-channel set of the colours present (each rounded up, so the answer is conservative)
 * instead of re-compositing every pixel for every candidate opacity.
 */
final class Contrast {

  static final double MIN_RATIO = 4.5;
  private static final double[] LINEAR = new double[256];

  static {
    for (int i = 0; i < 256; i++) {
      double c = i / 255.0;
      LINEAR[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
  }

  private Contrast() {}

  static double luminance(int rgb) {
    return 0.2126 * LINEAR[(rgb >> 16) & 0xFF] + 0.7152 * LINEAR[(rgb >> 8) & 0xFF] + 0.0722 * LINEAR[rgb & 0xFF];
  }

  static double ratio(int rgbA, int rgbB) {
    double a = luminance(rgbA), b = luminance(rgbB);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  /** The scrim colour that helps this text: black under light text, white under dark text. */
  static Color scrimFor(Color text) {
    return luminance(text.getRGB()) > 0.18 ? Color.BLACK : Color.WHITE;
  }

  /** Black or white, whichever reads better on {@code background}. */
  static Color readableOn(Color background) {
    return ratio(background.getRGB(), 0xFFFFFF) >= ratio(background.getRGB(), 0x000000) ? Color.WHITE : Color.BLACK;
  }

  /**
   * The least opacity of {@code scrim} over {@code region} of {@code image} at which every pixel gives
   * {@code text} at least {@link #MIN_RATIO}, never below {@code floor}. Returns 1 when even an opaque
   * scrim is not enough (a mid-grey text colour), which is the best that can be done.
   */
  static float scrimOpacity(BufferedImage image, Rectangle region, Color text, Color scrim, float floor) {
    var colours = presentColours(image, region);
    boolean lightOnly = (scrim.getRGB() & 0xFFFFFF) == 0 && luminance(text.getRGB()) >= LIGHT_TEXT;
    if (lightOnly) colours = lightest(colours);
    float lo = floor, hi = 1f;
    if (worstRatio(colours, text.getRGB(), scrim.getRGB(), lo, lightOnly) >= MIN_RATIO) return lo;
    for (int i = 0; i < 10; i++) {
      float mid = (lo + hi) / 2;
      if (worstRatio(colours, text.getRGB(), scrim.getRGB(), mid, lightOnly) >= MIN_RATIO) hi = mid; else lo = mid;
    }
    return hi;
  }

  /**
   * Text at least this light over a black scrim can only pass against backdrops darker than itself
   * (a lighter one would need a luminance above 1), and there the lightest composite is the worst.
   */
  private static final double LIGHT_TEXT = 0.2;

  /**
   * The buckets no other bucket beats in all of red, green and blue. Darkening with black and WCAG
   * luminance both rise with every channel, so one of these always gives the lightest composite:
   * a busy photo's thousands of colours shrink to a few dozen candidates for light text.
   */
  static int[] lightest(int[] buckets) {
    var top = new int[32 * 32];
    java.util.Arrays.fill(top, -1);
    for (int key : buckets) {
      int rg = key >> 5, b = key & 0x1F;
      if (b > top[rg]) top[rg] = b;
    }
    var suffix = new int[33 * 33];
    java.util.Arrays.fill(suffix, -1);
    var kept = new int[buckets.length];
    int n = 0;
    for (int r = 31; r >= 0; r--) {
      for (int g = 31; g >= 0; g--) {
        int b = top[r * 32 + g];
        int beyond = Math.max(suffix[(r + 1) * 33 + g], suffix[r * 33 + g + 1]);
        suffix[r * 33 + g] = Math.max(b, beyond);
        if (b >= 0 && beyond < b) kept[n++] = (r << 10) | (g << 5) | b;
      }
    }
    return java.util.Arrays.copyOf(kept, n);
  }

  /** The lowest contrast any pixel of {@code region} gives {@code text}, read from the finished image. */
  static double worstRatio(BufferedImage image, Rectangle region, Color text) {
    var pixels = rgb(image, region);
    double worst = Double.MAX_VALUE;
    int textRgb = text.getRGB();
    for (int p : pixels) worst = Math.min(worst, ratio(textRgb, p));
    return worst;
  }

  private static int[] presentColours(BufferedImage image, Rectangle region) {
    var seen = new boolean[1 << 15];
    for (int p : rgb(image, region)) seen[((p >> 9) & 0x7C00) | ((p >> 6) & 0x3E0) | ((p >> 3) & 0x1F)] = true;
    int count = 0;
    for (boolean b : seen) if (b) count++;
    var colours = new int[count];
    int n = 0;
    for (int key = 0; key < seen.length; key++) {
      if (!seen[key]) continue;
      // The bucket's lightest and darkest corners bound every real colour that fell in it.
      colours[n++] = key;
    }
    return colours;
  }

  private static double worstRatio(int[] buckets, int text, int scrim, float alpha, boolean lightOnly) {
    double worst = Double.MAX_VALUE;
    for (int key : buckets) {
      worst = Math.min(worst, ratio(text, over(corner(key, 7), scrim, alpha)));
      if (!lightOnly) worst = Math.min(worst, ratio(text, over(corner(key, 0), scrim, alpha)));
    }
    return worst;
  }

  private static int corner(int key, int low) {
    int r = ((key >> 10) & 0x1F) << 3 | low, g = ((key >> 5) & 0x1F) << 3 | low, b = (key & 0x1F) << 3 | low;
    return r << 16 | g << 8 | b;
  }

  /** SrcOver in sRGB, as Java2D composites; rounding up (+1) keeps the estimate on the safe side. */
  static int over(int base, int scrim, float alpha) {
    int r = mix((base >> 16) & 0xFF, (scrim >> 16) & 0xFF, alpha);
    int g = mix((base >> 8) & 0xFF, (scrim >> 8) & 0xFF, alpha);
    int b = mix(base & 0xFF, scrim & 0xFF, alpha);
    return r << 16 | g << 8 | b;
  }

  private static int mix(int base, int scrim, float alpha) {
    double v = base * (1 - alpha) + scrim * alpha;
    return Math.min(255, Math.max(0, (int) Math.round(v + (scrim > base ? -1 : 1))));
  }

  static int[] rgb(BufferedImage image, Rectangle region) {
    var r = region.intersection(new Rectangle(image.getWidth(), image.getHeight()));
    if (r.isEmpty()) return new int[0];
    if (image.getType() == BufferedImage.TYPE_INT_RGB && image.getRaster().getDataBuffer() instanceof DataBufferInt) {
      var out = new int[r.width * r.height];
      image.getRaster().getDataElements(r.x, r.y, r.width, r.height, out);
      return out;
    }
    return image.getRGB(r.x, r.y, r.width, r.height, null, 0, r.width);
  }
}
