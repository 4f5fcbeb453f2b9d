package dev.herald.card;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;

/**
 * A darkening (or lightening) veil: clear at {@code rampTop}, easing in (smoothstep) to full {@code opacity} at
 * {@code solidFrom} and staying there to the bottom. It is built as a premultiplied sheet, one
 * filled row at a time, because Java2D blits such a sheet about three times faster than it fills a
 * translucent gradient.
 */
final class Scrim {

  private Scrim() {}

  static void draw(Graphics2D g, Color colour, float opacity, double rampTop, double solidFrom, int width, int height) {
    int top = Math.max(0, (int) Math.floor(rampTop));
    if (opacity <= 0 || top >= height) return;
    int full = alpha(opacity);
    var sheet = new BufferedImage(width, height - top, BufferedImage.TYPE_INT_ARGB_PRE);
    var pixels = ((DataBufferInt) sheet.getRaster().getDataBuffer()).getData();
    double ramp = Math.max(1, solidFrom - rampTop);
    for (int y = top; y < height; y++) {
      double t = Math.min(1, Math.max(0, (y - rampTop) / ramp));
      int a = y >= solidFrom ? full : (int) Math.round(full * smooth(t));
      Arrays.fill(pixels, (y - top) * width, (y - top + 1) * width, premultiplied(colour, a));
    }
    g.drawImage(sheet, 0, top, null);
  }

  /**
   * The same veil hanging from the top edge: full {@code opacity} down to {@code solidUntil}, then
   * easing out to clear at {@code rampBottom}.
   */
  static void drawFromTop(Graphics2D g, Color colour, float opacity, double solidUntil, double rampBottom, int width) {
    int bottom = (int) Math.ceil(rampBottom);
    if (opacity <= 0 || bottom <= 0) return;
    int full = alpha(opacity);
    var sheet = new BufferedImage(width, bottom, BufferedImage.TYPE_INT_ARGB_PRE);
    var pixels = ((DataBufferInt) sheet.getRaster().getDataBuffer()).getData();
    double ramp = Math.max(1, rampBottom - solidUntil);
    for (int y = 0; y < bottom; y++) {
      double t = Math.min(1, Math.max(0, (rampBottom - y) / ramp));
      int a = y <= solidUntil ? full : (int) Math.round(full * smooth(t));
      Arrays.fill(pixels, y * width, (y + 1) * width, premultiplied(colour, a));
    }
    g.drawImage(sheet, 0, 0, null);
  }

  /**
   * The bottom veil over one column only: {@code x}..{@code x + width} at full strength, fading to
   * clear over {@code feather} pixels on the column's inner side (left of a right-hand column, right
   * of a left-hand one), so the person beside it stays as the photo shows them.
   */
  static void drawColumn(Graphics2D g, Color colour, float opacity, int x, int width, boolean onRight, int feather, double rampTop,
      double solidFrom, int height) {
    int top = Math.max(0, (int) Math.floor(rampTop));
    if (opacity <= 0 || top >= height || width <= 0) return;
    int left = onRight ? Math.max(0, x - feather) : x, right = onRight ? x + width : x + width + feather;
    right = Math.max(left + 1, right);
    int sheetWidth = right - left, full = alpha(opacity);
    var sheet = new BufferedImage(sheetWidth, height - top, BufferedImage.TYPE_INT_ARGB_PRE);
    var pixels = ((DataBufferInt) sheet.getRaster().getDataBuffer()).getData();
    var across = new double[sheetWidth];
    for (int i = 0; i < sheetWidth; i++) {
      int px = left + i;
      double inside = onRight ? (px - (x - feather)) / (double) feather : ((x + width + feather) - px) / (double) feather;
      across[i] = smooth(Math.min(1, Math.max(0, inside)));
    }
    double ramp = Math.max(1, solidFrom - rampTop);
    for (int y = top; y < height; y++) {
      double t = Math.min(1, Math.max(0, (y - rampTop) / ramp));
      double down = y >= solidFrom ? 1 : smooth(t);
      int row = (y - top) * sheetWidth;
      for (int i = 0; i < sheetWidth; i++) pixels[row + i] = premultiplied(colour, (int) Math.ceil(full * down * across[i]));
    }
    g.drawImage(sheet, left, top, null);
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

  private static int premultiplied(Color c, int a) {
    return a << 24 | (c.getRed() * a / 255) << 16 | (c.getGreen() * a / 255) << 8 | (c.getBlue() * a / 255);
  }
}
