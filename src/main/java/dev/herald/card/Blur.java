package dev.herald.card;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * A true Gaussian blur made cheap: the photo is cover-scaled to a sixteenth of the card, blurred there
 * with a separable Gaussian kernel (edges clamped), and scaled back up with bilinear filtering. At
 * the radius used the upscale is smooth (no blocks) and no face or lettering survives to ghost
 * behind the headline.
 */
final class Blur {

  static final int REDUCTION = 16;

  private Blur() {}

  /** The photo's {@code crop}, blurred with a Gaussian of {@code sigma} card pixels, drawn over {@code clip} of {@code canvas}. */
  static void backdrop(BufferedImage canvas, BufferedImage photo, Rectangle crop, double sigma, Rectangle clip) {
    int w = Math.max(2, canvas.getWidth() / REDUCTION), h = Math.max(2, canvas.getHeight() / REDUCTION);
    var small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    PhotoScaler.draw(photo, crop, small, new Rectangle(w, h));
    gaussian(((DataBufferInt) small.getRaster().getDataBuffer()).getData(), w, h, sigma / REDUCTION);
    PhotoScaler.draw(small, new Rectangle(w, h), canvas, new Rectangle(canvas.getWidth(), canvas.getHeight()), clip);
  }

  /** Blurs packed RGB {@code pixels} in place, rows then columns. */
  static void gaussian(int[] pixels, int w, int h, double sigma) {
    var kernel = kernel(sigma);
    int radius = kernel.length / 2;
    var tmp = new int[pixels.length];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double r = 0, g = 0, b = 0;
        for (int k = -radius; k <= radius; k++) {
          int p = pixels[y * w + Math.min(w - 1, Math.max(0, x + k))];
          double weight = kernel[k + radius];
          r += ((p >> 16) & 0xFF) * weight;
          g += ((p >> 8) & 0xFF) * weight;
          b += (p & 0xFF) * weight;
        }
        tmp[y * w + x] = pack(r, g, b);
      }
    }
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double r = 0, g = 0, b = 0;
        for (int k = -radius; k <= radius; k++) {
          int p = tmp[Math.min(h - 1, Math.max(0, y + k)) * w + x];
          double weight = kernel[k + radius];
          r += ((p >> 16) & 0xFF) * weight;
          g += ((p >> 8) & 0xFF) * weight;
          b += (p & 0xFF) * weight;
        }
        pixels[y * w + x] = pack(r, g, b);
      }
    }
  }

  static double[] kernel(double sigma) {
    int radius = Math.max(1, (int) Math.ceil(sigma * 3));
    var kernel = new double[2 * radius + 1];
    double sum = 0;
    for (int i = -radius; i <= radius; i++) sum += kernel[i + radius] = Math.exp(-(i * i) / (2 * sigma * sigma));
    for (int i = 0; i < kernel.length; i++) kernel[i] /= sum;
    return kernel;
  }

  private static int pack(double r, double g, double b) {
    return (int) Math.round(r) << 16 | (int) Math.round(g) << 8 | (int) Math.round(b);
  }
}
