package dev.herald.card;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Encodes a finished card under a byte budget: JPEG from quality 0.9 down in steps, and only when
 * even the lowest quality is too big, smaller pixel sizes. Flat designs may go out as PNG when that
 * is smaller, since PNG keeps hard text edges crisp.
 */
final class CardEncoder {

  static final float START_QUALITY = 0.9f;
  private static final float[] QUALITIES = {0.9f, 0.82f, 0.74f, 0.66f, 0.58f, 0.5f, 0.42f, 0.35f};
  private static final double SHRINK = 0.8;

  record Encoded(byte[] bytes, String mime, int width, int height) {}

  private CardEncoder() {}

  static Encoded encode(BufferedImage card, long maxBytes, boolean preferPngWhenSmaller) {
    long budget = maxBytes <= 0 ? Long.MAX_VALUE : maxBytes;
    var image = asJpegReady(card);
    while (true) {
      var jpeg = jpegUnder(image, budget);
      if (preferPngWhenSmaller) {
        var png = png(image);
        if (png.length <= budget && (jpeg == null || png.length <= jpeg.length)) return new Encoded(png, "image/png", image.getWidth(), image.getHeight());
      }
      if (jpeg != null) return new Encoded(jpeg, "image/jpeg", image.getWidth(), image.getHeight());
      if (image.getWidth() < 64) return new Encoded(jpeg(image, 0.2f), "image/jpeg", image.getWidth(), image.getHeight());
      image = scaled(image, SHRINK);
    }
  }

  private static byte[] jpegUnder(BufferedImage image, long budget) {
    for (float quality : QUALITIES) {
      var bytes = jpeg(image, quality);
      if (bytes.length <= budget) return bytes;
    }
    return null;
  }

  /**
   * ImageIO's JPEG writer takes TYPE_3BYTE_BGR straight to libjpeg but converts an INT_RGB raster in
   * Java first; one 1 ms copy up front halves every encode after it.
   */
  static BufferedImage asJpegReady(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_3BYTE_BGR) return image;
    var bgr = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
    var g = bgr.createGraphics();
    g.drawImage(image, 0, 0, null);
    g.dispose();
    return bgr;
  }

  static byte[] jpeg(BufferedImage image, float quality) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    var out = new ByteArrayOutputStream(256 * 1024);
    try (var stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      var param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException("JPEG encoding failed in memory", e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  static byte[] png(BufferedImage image) {
    var out = new ByteArrayOutputStream(256 * 1024);
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException("PNG encoding failed in memory", e);
    }
    return out.toByteArray();
  }

  private static BufferedImage scaled(BufferedImage image, double factor) {
    int w = (int) (image.getWidth() * factor), h = (int) (image.getHeight() * factor);
    var smaller = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = smaller.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.drawImage(image, 0, 0, w, h, null);
    g.dispose();
    return smaller;
  }
}
