package dev.herald.card;

import java.awt.Color;
import java.awt.image.BufferedImage;

/**
 * A darkening (or lightening) veil: clear at {@code rampTop}, easing in (smoothstep) to full {@code opacity} at
 * {@code solidFrom} and staying there to the bottom. It is blended straight into the card's pixels, row by row
 * with packed-integer arithmetic: Java2D composites a translucent sheet through its general mask loop, about
 * 3 ms of a 1200×675 card, five times what the blend costs. Alpha is rounded up, so the veil is never lighter
 * than the opacity the contrast solver asked for.
 */
final class Scrim {

  private Scrim() {}

  static void draw(BufferedImage canvas, Color colour, float opacity, double rampTop, double solidFrom) {
    int width = canvas.getWidth(), height = canvas.getHeight();
    int top = Math.max(0, (int) Math.floor(rampTop));
    if (opacity <= 0 || top >= height) return;
    int full = alpha(opacity);
    double ramp = Math.max(1, solidFrom - rampTop);
    var rows = new Rows(canvas, colour.getRGB());
    for (int y = top; y < height; y++) {
      double t = Math.min(1, Math.max(0, (y - rampTop) / ramp));
      rows.veil(y, 0, width, y >= solidFrom ? full : (int) Math.round(full * smooth(t)));
    }
  }

  /**
   * The same veil hanging from the top edge: full {@code opacity} down to {@code solidUntil}, then
   * easing out to clear at {@code rampBottom}.
   */
  static void drawFromTop(BufferedImage canvas, Color colour, float opacity, double solidUntil, double rampBottom) {
    int bottom = Math.min(canvas.getHeight(), (int) Math.ceil(rampBottom));
    if (opacity <= 0 || bottom <= 0) return;
    int full = alpha(opacity);
    double ramp = Math.max(1, rampBottom - solidUntil);
    var rows = new Rows(canvas, colour.getRGB());
    for (int y = 0; y < bottom; y++) {
      double t = Math.min(1, Math.max(0, (rampBottom - y) / ramp));
      rows.veil(y, 0, canvas.getWidth(), y <= solidUntil ? full : (int) Math.round(full * smooth(t)));
    }
  }

  /**
   * The bottom veil over one column only: {@code x}..{@code x + width} at full strength, fading to
   * clear over {@code feather} pixels on the column's inner side (left of a right-hand column, right
   * of a left-hand one), so the person beside it stays as the photo shows them.
   */
  static void drawColumn(BufferedImage canvas, Color colour, float opacity, int x, int width, boolean onRight, int feather, double rampTop,
      double solidFrom) {
    int height = canvas.getHeight();
    int top = Math.max(0, (int) Math.floor(rampTop));
    if (opacity <= 0 || top >= height || width <= 0) return;
    int left = onRight ? Math.max(0, x - feather) : x, right = onRight ? x + width : x + width + feather;
    right = Math.min(canvas.getWidth(), Math.max(left + 1, right));
    int sheetWidth = right - left, full = alpha(opacity);
    var across = new double[sheetWidth];
    for (int i = 0; i < sheetWidth; i++) {
      int px = left + i;
      double inside = onRight ? (px - (x - feather)) / (double) feather : ((x + width + feather) - px) / (double) feather;
      across[i] = smooth(Math.min(1, Math.max(0, inside)));
    }
    double ramp = Math.max(1, solidFrom - rampTop);
    var rows = new Rows(canvas, colour.getRGB());
    var alphas = new int[sheetWidth];
    for (int y = top; y < height; y++) {
      double t = Math.min(1, Math.max(0, (y - rampTop) / ramp));
      double down = y >= solidFrom ? 1 : smooth(t);
      for (int i = 0; i < sheetWidth; i++) alphas[i] = (int) Math.ceil(full * down * across[i]);
      rows.veil(y, left, alphas);
    }
  }

  /** Ease in and out (smoothstep): no visible edge where the fade starts or where it meets the solid part. */
  static double smooth(double t) {
    return t * t * (3 - 2 * t);
  }

  /** How much of the card's height the fade takes: longer for the stronger veils a bright photo needs. */
  static double rampShare(float opacity) {
    return 0.25 + 0.35 * opacity;
  }

  /** Rounded up, so the drawn scrim is never lighter than the opacity the contrast solver asked for. */
  static int alpha(float opacity) {
    return (int) Math.ceil(Math.max(0, Math.min(1, opacity)) * 255);
  }

  /** Alpha 0–255 as a weight out of 256, rounded up (255 → 256: fully covered). */
  private static int weight(int alpha) {
    return (alpha * 256 + 254) / 255;
  }

  /** Rows of the canvas, veiled in place: straight in the pixel array of a plain INT_RGB image, else row by row through getRGB/setRGB. */
  private static final class Rows {
    private final BufferedImage canvas;
    private final int colour;
    private final int[] pixels;
    private final int[] row;

    Rows(BufferedImage canvas, int colour) {
      this.canvas = canvas;
      this.colour = colour & 0xFFFFFF;
      this.pixels = PhotoScaler.intPixels(canvas);
      this.row = pixels == null ? new int[canvas.getWidth()] : null;
    }

    /** Pixels [from, to) of row {@code y} under the colour at one alpha. */
    void veil(int y, int from, int to, int alpha) {
      if (alpha <= 0 || to <= from) return;
      int f = weight(alpha), base = start(y, from, to - from);
      int[] data = data();
      for (int i = base, end = base + to - from; i < end; i++) data[i] = PhotoScaler.blend(data[i], colour, f);
      finish(y, from, to - from);
    }

    /** Pixels from {@code from} on, one alpha each. */
    void veil(int y, int from, int[] alphas) {
      int base = start(y, from, alphas.length);
      int[] data = data();
      for (int i = 0; i < alphas.length; i++) {
        if (alphas[i] > 0) data[base + i] = PhotoScaler.blend(data[base + i], colour, weight(alphas[i]));
      }
      finish(y, from, alphas.length);
    }

    private int[] data() {
      return pixels != null ? pixels : row;
    }

    private int start(int y, int from, int length) {
      if (pixels != null) return y * canvas.getWidth() + from;
      canvas.getRGB(from, y, length, 1, row, 0, length);
      return 0;
    }

    private void finish(int y, int from, int length) {
      if (pixels == null) canvas.setRGB(from, y, length, 1, row, 0, length);
    }
  }
}
