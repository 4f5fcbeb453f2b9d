package dev.herald.card;

import dev.herald.config.Secrets;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import dev.herald.source.Fetcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Safe decoding of article images from untrusted bytes. Dimensions are read from the header before
 * any pixel is decoded, so a decompression bomb is refused without allocating it; big photos are
 * subsampled on read to what the largest card needs. Nothing here throws for bad input: it returns
 * empty and logs one WARN line, and the card falls back to the branded design.
 */
public final class Images {

  private static final Logger log = LoggerFactory.getLogger(Images.class);

  /** Above this many pixels an image is refused: a 50 MP header is a bomb, not a news photo. */
  public static final long MAX_PIXELS = 50_000_000L;
  /** Longest side worth keeping after decode: the story card is 1920 tall. */
  static final int USEFUL_SIDE = 2000;

  private Images() {}

  /**
   * Decodes JPEG, PNG, GIF or BMP bytes to an opaque RGB image; empty (with one WARN) for anything
   * unusable. A colour JPEG comes back as an RGB-ordered byte image (see {@link RgbJpegDestination}):
   * draw it through the card package, not with Graphics.drawImage.
   */
  public static Optional<BufferedImage> decode(byte[] bytes) {
    if (bytes == null || bytes.length == 0) return refuse("no image bytes");
    // In memory: ImageIO.createImageInputStream would first copy the bytes to a temporary file (its default
    // cache), a millisecond and a disk write per card for bytes already in memory.
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      var readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) return refuse("not a known image format (" + bytes.length + " bytes)");
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        return read(reader);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return refuse("undecodable image: " + e.getMessage());
    }
  }

  /**
   * Downloads an image with Herald's one fetcher of outside input (internal addresses refused, at most
   * {@code maxBytes} read) and decodes it. Never throws: a refused or failed request, an error status,
   * an oversized body or broken bytes give empty.
   */
  public static Optional<BufferedImage> fetch(Fetcher fetcher, String url, long maxBytes) {
    try {
      return decode(fetcher.fetchLink(url, maxBytes).body());
    } catch (IOException | RuntimeException e) {
      return refuse("image " + Secrets.redact(String.valueOf(url)) + " not used: " + Secrets.redact(String.valueOf(e.getMessage())));
    }
  }

  private static Optional<BufferedImage> read(ImageReader reader) throws IOException {
    int width = reader.getWidth(0), height = reader.getHeight(0);
    if (width <= 0 || height <= 0) return refuse("image has no pixels");
    if ((long) width * height > MAX_PIXELS) return refuse("image of " + width + "x" + height + " refused (over " + MAX_PIXELS / 1_000_000 + " MP)");
    var param = reader.getDefaultReadParam();
    int step = Math.max(1, Math.max(width, height) / USEFUL_SIDE);
    if (step > 1) param.setSourceSubsampling(step, step, 0, 0);
    // ImageIO hands back a truncated JPEG as a half-grey photo with only a warning; a card made of it
    // looks broken, so any warning means the branded design instead.
    var warnings = new java.util.ArrayList<String>();
    reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
    try {
      boolean rgbOrdered = RgbJpegDestination.prepare(reader, param, width, height, step);
      BufferedImage image = reader.read(0, param);
      if (!warnings.isEmpty()) return refuse("image only partly decodable (" + warnings.get(0) + ")");
      return Optional.of(rgbOrdered ? image : toRgb(image));
    } catch (javax.imageio.IIOException e) {
      // ImageIO refuses CMYK/YCCK JPEGs as images but can still hand over their raw raster.
      var raster = reader.readRaster(0, param);
      if (raster.getNumBands() != 4) throw e;
      return Optional.of(cmykToRgb(raster));
    }
  }

  /**
   * Opaque RGB out: alpha is flattened onto white (a transparent PNG would otherwise go black) and
   * grey or indexed images become RGB. JPEG's own TYPE_3BYTE_BGR is kept as it is: converting costs
   * more than Java2D saves when it scales it onto the card.
   */
  static BufferedImage toRgb(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) return image;
    var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    var g = rgb.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.drawImage(image, 0, 0, null);
    g.dispose();
    return rgb;
  }

  /** Adobe writes CMYK JPEGs inverted; this is the plain conversion, without an ICC profile. */
  private static BufferedImage cmykToRgb(Raster raster) {
    int w = raster.getWidth(), h = raster.getHeight();
    var out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    var pixel = new int[4];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        raster.getPixel(raster.getMinX() + x, raster.getMinY() + y, pixel);
        int k = pixel[3];
        int r = pixel[0] * k / 255, g = pixel[1] * k / 255, b = pixel[2] * k / 255;
        out.setRGB(x, y, r << 16 | g << 8 | b);
      }
    }
    return out;
  }

  private static Optional<BufferedImage> refuse(String why) {
    log.warn("{}; the card uses the branded design", why);
    return Optional.empty();
  }
}
