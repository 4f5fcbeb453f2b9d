package dev.herald.card;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;

/**
 * Bilinear scaling of a photo's crop window onto the card, straight between pixel arrays. Java2D's
 * bilinear drawImage runs a general transform loop that costs about 20 ns per card pixel (15 ms for
 * one 1200×675 card); this separable version interpolates each source row once and blends rows with
 * packed-integer arithmetic, about five times faster, with the same pixel-centre sampling. Images it
 * cannot read directly (odd raster layouts) go through Java2D as before.
 */
final class PhotoScaler {

  private PhotoScaler() {}

  /** Draws {@code crop} of {@code src} scaled into {@code target} of {@code dst}. */
  static void draw(BufferedImage src, Rectangle crop, BufferedImage dst, Rectangle target) {
    draw(src, crop, dst, target, new Rectangle(dst.getWidth(), dst.getHeight()));
  }

  /** The same, writing only the pixels inside {@code clip} (the rest of the target is left as it was). */
  static void draw(BufferedImage src, Rectangle crop, BufferedImage dst, Rectangle target, Rectangle clip) {
    var clipped = target.intersection(new Rectangle(dst.getWidth(), dst.getHeight())).intersection(clip);
    if (crop.isEmpty() || clipped.isEmpty()) return;
    var pixels = Pixels.of(src);
    if (pixels == null || !plainInt(dst)) {
      viaJava2d(src, crop, dst, target, clipped);
      return;
    }
    int parts = (long) clipped.width * clipped.height >= PARALLEL_PIXELS ? CardWorkers.parallelism() : 1;
    if (parts == 1) {
      scale(pixels, src, crop, dst, target, clipped);
      return;
    }
    // Bands of rows, one per core: each band reads its own source rows and writes only its own card rows.
    var bands = new java.util.ArrayList<java.util.function.Supplier<Void>>(parts);
    for (int i = 0; i < parts; i++) {
      int top = clipped.y + clipped.height * i / parts, bottom = clipped.y + clipped.height * (i + 1) / parts;
      var band = new Rectangle(clipped.x, top, clipped.width, bottom - top);
      bands.add(() -> {
        scale(pixels, src, crop, dst, target, band);
        return null;
      });
    }
    CardWorkers.all(bands);
  }

  /** A scaled area worth splitting over the cores (a landscape card is 810,000 pixels). */
  static final int PARALLEL_PIXELS = 200_000;

  private static void scale(Pixels pixels, BufferedImage src, Rectangle crop, BufferedImage dst, Rectangle target, Rectangle clipped) {
    int tw = target.width, th = target.height, srcW = src.getWidth(), srcH = src.getHeight();
    var left = new int[tw];
    var right = new int[tw];
    var xWeights = new int[tw];
    for (int dx = 0; dx < tw; dx++) {
      double sx = crop.x + (dx + 0.5) * crop.width / tw - 0.5;
      int x0 = clampIndex(sx, srcW);
      left[dx] = x0 * pixels.step;
      right[dx] = Math.min(x0 + 1, srcW - 1) * pixels.step;
      xWeights[dx] = weight(sx, x0, srcW);
    }
    var out = ((DataBufferInt) dst.getRaster().getDataBuffer()).getData();
    int dstWidth = dst.getWidth();
    int[] upper = new int[tw], lower = new int[tw];
    int upperRow = -1, lowerRow = -1;
    int from = clipped.x - target.x, to = from + clipped.width;
    for (int dy = clipped.y - target.y; dy < clipped.y - target.y + clipped.height; dy++) {
      double sy = crop.y + (dy + 0.5) * crop.height / th - 0.5;
      int y0 = clampIndex(sy, srcH);
      int y1 = Math.min(y0 + 1, srcH - 1);
      int fy = weight(sy, y0, srcH);
      if (upperRow != y0) {
        if (lowerRow == y0) {
          var swap = upper;
          upper = lower;
          lower = swap;
          lowerRow = upperRow;
        } else {
          pixels.row(y0, left, right, xWeights, from, to, upper);
        }
        upperRow = y0;
      }
      int rowStart = (target.y + dy) * dstWidth + target.x;
      if (fy == 0) {
        System.arraycopy(upper, from, out, rowStart + from, to - from);
        continue;
      }
      if (lowerRow != y1) {
        pixels.row(y1, left, right, xWeights, from, to, lower);
        lowerRow = y1;
      }
      int g = 256 - fy;
      for (int dx = from; dx < to; dx++) {
        int a = upper[dx], b = lower[dx];
        int rb = ((a & 0xFF00FF) * g + (b & 0xFF00FF) * fy + 0x800080) >>> 8 & 0xFF00FF;
        int gr = ((a & 0xFF00) * g + (b & 0xFF00) * fy + 0x8000) >>> 8 & 0xFF00;
        out[rowStart + dx] = rb | gr;
      }
    }
  }

  /** Direct access to the pixels of an INT_RGB image or of any 8-bit, 3-byte interleaved RGB image. */
  private record Pixels(int[] ints, byte[] bytes, int step, int stride, int red, int green, int blue) {

    static Pixels of(BufferedImage image) {
      if (!plain(image)) return null;
      var raster = image.getRaster();
      if (image.getType() == BufferedImage.TYPE_INT_RGB) {
        return new Pixels(((DataBufferInt) raster.getDataBuffer()).getData(), null, 1, image.getWidth(), 0, 0, 0);
      }
      if (raster.getDataBuffer() instanceof DataBufferByte bytes && raster.getSampleModel() instanceof PixelInterleavedSampleModel model
          && model.getPixelStride() == 3 && model.getNumBands() == 3 && model.getScanlineStride() == image.getWidth() * 3
          && image.getColorModel().getColorSpace().isCS_sRGB() && !image.getColorModel().hasAlpha()) {
        var offsets = model.getBandOffsets();
        return new Pixels(null, bytes.getData(), 3, image.getWidth() * 3, offsets[0], offsets[1], offsets[2]);
      }
      return null;
    }

    /** Source row {@code y} sampled at target columns [from, to), as packed RGB. */
    void row(int y, int[] left, int[] right, int[] weights, int from, int to, int[] row) {
      int base = y * stride;
      if (ints != null) {
        for (int dx = from; dx < to; dx++) row[dx] = blend(ints[base + left[dx]], ints[base + right[dx]], weights[dx]) & 0xFFFFFF;
        return;
      }
      byte[] data = bytes;
      int r = base + red, gr = base + green, b = base + blue;
      for (int dx = from; dx < to; dx++) {
        int l = left[dx], h = right[dx], f = weights[dx], g = 256 - f;
        int red = ((data[r + l] & 0xFF) * g + (data[r + h] & 0xFF) * f + 128) >> 8;
        int green = ((data[gr + l] & 0xFF) * g + (data[gr + h] & 0xFF) * f + 128) >> 8;
        int blue = ((data[b + l] & 0xFF) * g + (data[b + h] & 0xFF) * f + 128) >> 8;
        row[dx] = red << 16 | green << 8 | blue;
      }
    }
  }

  /** {@code a} and {@code b} mixed with {@code f}/256 of {@code b}, red and blue in one multiply. */
  static int blend(int a, int b, int f) {
    int g = 256 - f;
    int rb = ((a & 0xFF00FF) * g + (b & 0xFF00FF) * f + 0x800080) >>> 8 & 0xFF00FF;
    int gr = ((a & 0xFF00) * g + (b & 0xFF00) * f + 0x8000) >>> 8 & 0xFF00;
    return rb | gr;
  }

  private static int clampIndex(double s, int size) {
    if (s <= 0) return 0;
    return Math.min((int) s, size - 1);
  }

  private static int weight(double s, int index, int size) {
    if (s <= 0 || index >= size - 1) return 0;
    return (int) Math.min(256, Math.round((s - index) * 256));
  }

  /** The pixel array of a plain TYPE_INT_RGB image (one int per pixel, row after row), or null for any other. */
  static int[] intPixels(BufferedImage image) {
    return plainInt(image) ? ((DataBufferInt) image.getRaster().getDataBuffer()).getData() : null;
  }

  /** True when {@link #draw} reads this image's pixels directly rather than through Java2D. */
  static boolean readable(BufferedImage image) {
    return Pixels.of(image) != null;
  }

  private static boolean plainInt(BufferedImage image) {
    return image.getType() == BufferedImage.TYPE_INT_RGB && plain(image);
  }

  /** A raster that starts at its buffer's first element and is not a window on a larger one. */
  private static boolean plain(BufferedImage image) {
    Raster raster = image.getRaster();
    int elements = raster.getNumDataElements();
    return raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0 && raster.getDataBuffer().getOffset() == 0
        && raster.getDataBuffer().getSize() == image.getWidth() * image.getHeight() * elements;
  }

  private static void viaJava2d(BufferedImage src, Rectangle crop, BufferedImage dst, Rectangle target, Rectangle clip) {
    Graphics2D g = dst.createGraphics();
    try {
      g.clip(clip);
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(src, target.x, target.y, target.x + target.width, target.y + target.height, crop.x, crop.y, crop.x + crop.width,
          crop.y + crop.height, null);
    } finally {
      g.dispose();
    }
  }
}
