package dev.herald.card;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import java.awt.Rectangle;

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
   * ImageIO's JPEG writer hands libjpeg one row at a time, copied in Java: with one System.arraycopy
   * per row when the bytes already run R, G, B, band by band otherwise (TYPE_3BYTE_BGR runs B, G, R;
   * INT_RGB is not bytes at all). One tight conversion up front makes every encode after it cheaper.
   */
  static BufferedImage asJpegReady(BufferedImage image) {
    if (image.getColorModel() == RgbJpegDestination.SRGB && PhotoScaler.readable(image)) return image;
    int w = image.getWidth(), h = image.getHeight();
    var rgb = RgbJpegDestination.image(w, h);
    var out = ((DataBufferByte) rgb.getRaster().getDataBuffer()).getData();
    if (image.getType() == BufferedImage.TYPE_INT_RGB && image.getRaster().getDataBuffer() instanceof DataBufferInt ints
        && ints.getSize() == w * h && ints.getOffset() == 0 && image.getRaster().getSampleModelTranslateX() == 0
        && image.getRaster().getSampleModelTranslateY() == 0) {
      var in = ints.getData();
      int half = h / 2 * w;
      CardWorkers.both(() -> toBytes(in, 0, half, out), () -> toBytes(in, half, in.length, out));
      return rgb;
    }
    var row = new int[w];
    for (int y = 0; y < h; y++) {
      image.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0, o = y * w * 3; x < w; x++, o += 3) {
        out[o] = (byte) (row[x] >> 16);
        out[o + 1] = (byte) (row[x] >> 8);
        out[o + 2] = (byte) row[x];
      }
    }
    return rgb;
  }

  /** Pixels [from, to) of packed RGB ints as R, G, B bytes. */
  private static void toBytes(int[] in, int from, int to, byte[] out) {
    for (int i = from, o = from * 3; i < to; i++, o += 3) {
      int p = in[i];
      out[o] = (byte) (p >> 16);
      out[o + 1] = (byte) (p >> 8);
      out[o + 2] = (byte) p;
    }
  }

  /** One JPEG writer per thread, reset between cards: finding and building a writer costs more than a small card's encode. */
  private static final ThreadLocal<ImageWriter> WRITERS = ThreadLocal.withInitial(() -> ImageIO.getImageWritersByFormatName("jpeg").next());

  static byte[] jpeg(BufferedImage image, float quality) {
    var ready = asJpegReady(image);
    int stripes = StripedJpeg.stripes(ready.getHeight(), CardWorkers.parallelism());
    if (stripes == 1) return jpeg(ready, quality, null, 0);
    return StripedJpeg.encode(ready.getWidth(), ready.getHeight(), stripes, (region, interval) -> jpeg(ready, quality, region, interval));
  }

  /**
   * {@code region} of a JPEG-ready image (all of it when null) as a complete JPEG file, with a restart marker
   * every {@code restartInterval} MCUs when that is above 0.
   */
  static byte[] jpeg(BufferedImage ready, float quality, Rectangle region, int restartInterval) {
    ImageWriter writer = WRITERS.get();
    var out = new ByteArrayOutputStream(256 * 1024);
    try (var stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      var param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      if (region != null) param.setSourceRegion(region);
      IIOMetadata metadata = restartInterval > 0 ? withRestarts(writer, ready, param, restartInterval) : null;
      writer.write(null, new IIOImage(ready, null, metadata), param);
    } catch (IOException | RuntimeException e) {
      writer.dispose();
      WRITERS.remove();
      if (e instanceof RuntimeException runtime) throw runtime;
      throw new UncheckedIOException("JPEG encoding failed in memory", (IOException) e);
    } finally {
      writer.reset();
    }
    return out.toByteArray();
  }

  /** The writer's default metadata for this image with a DRI marker (a restart every {@code interval} MCUs) added. */
  private static IIOMetadata withRestarts(ImageWriter writer, BufferedImage image, ImageWriteParam param, int interval) throws IOException {
    var metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
    var tree = (IIOMetadataNode) metadata.getAsTree(NATIVE_JPEG_METADATA);
    var markers = (IIOMetadataNode) tree.getElementsByTagName("markerSequence").item(0);
    var dri = new IIOMetadataNode("dri");
    dri.setAttribute("interval", Integer.toString(interval));
    markers.insertBefore(dri, markers.getFirstChild());
    metadata.setFromTree(NATIVE_JPEG_METADATA, tree);
    return metadata;
  }

  private static final String NATIVE_JPEG_METADATA = "javax_imageio_jpeg_image_1.0";

  static byte[] png(BufferedImage image) {
    var out = new ByteArrayOutputStream(256 * 1024);
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    try (var stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      writer.write(image);
    } catch (IOException e) {
      throw new UncheckedIOException("PNG encoding failed in memory", e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  private static BufferedImage scaled(BufferedImage image, double factor) {
    int w = (int) (image.getWidth() * factor), h = (int) (image.getHeight() * factor);
    var smaller = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    PhotoScaler.draw(image, new java.awt.Rectangle(image.getWidth(), image.getHeight()), smaller, new java.awt.Rectangle(w, h));
    return asJpegReady(smaller);
  }
}
