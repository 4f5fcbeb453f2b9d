package dev.herald.card;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.io.IOException;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;

/**
 * A third of ImageIO's JPEG decode time is not libjpeg but Java copying each decoded RGB row into
 * a TYPE_3BYTE_BGR image band by band, because the band orders differ. Decoding into an RGB-ordered
 * interleaved image instead lets every row go across with one System.arraycopy. Java2D has no fast
 * loops for such an image, so the card package draws it with {@link PhotoScaler}, never drawImage;
 * JPEG encoding gets the same layout for the same reason ({@link CardEncoder}).
 */
final class RgbJpegDestination {

  static final ComponentColorModel SRGB = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
      Transparency.OPAQUE, DataBuffer.TYPE_BYTE);

  private RgbJpegDestination() {}

  /**
   * Points {@code param} at a fresh RGB-ordered image when the reader would otherwise decode to
   * TYPE_3BYTE_BGR (a colour JPEG with no unusual profile) and returns true; otherwise leaves {@code
   * param} alone and returns false.
   */
  static boolean prepare(ImageReader reader, ImageReadParam param, int width, int height, int step) throws IOException {
    if (!"jpeg".equalsIgnoreCase(reader.getFormatName())) return false;
    var types = reader.getImageTypes(0);
    if (!types.hasNext() || types.next().getBufferedImageType() != BufferedImage.TYPE_3BYTE_BGR) return false;
    param.setDestination(image((width + step - 1) / step, (height + step - 1) / step));
    return true;
  }

  /** An opaque sRGB image whose bytes run R, G, B for each pixel, rows packed with no padding. */
  static BufferedImage image(int width, int height) {
    var raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, width * 3, 3, new int[] {0, 1, 2}, null);
    return new BufferedImage(SRGB, raster, false, null);
  }
}
