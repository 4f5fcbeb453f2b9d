package dev.herald.channel.bluesky;

import dev.herald.card.Card;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Makes a card fit Bluesky's blob limit: a card already under it is returned as is; a larger one is
 * re-encoded as JPEG with quality stepping down, and scaled down when even low quality is too big.
 */
final class BlobShrinker {

  private static final float[] QUALITIES = {0.9f, 0.8f, 0.7f, 0.6f, 0.5f, 0.4f};

  private BlobShrinker() {}

  static Card fit(Card card, long maxBytes) {
    if (card.bytes().length <= maxBytes) return card;
    BufferedImage image = opaque(decode(card));
    while (true) {
      for (float quality : QUALITIES) {
        byte[] jpeg = jpeg(image, quality);
        if (jpeg.length <= maxBytes) return new Card(jpeg, "image/jpeg", image.getWidth(), image.getHeight(), card.altText());
      }
      if (image.getWidth() < 64) throw new IllegalStateException("card cannot be made smaller than " + maxBytes + " bytes");
      image = scaled(image, 0.75);
    }
  }

  private static BufferedImage decode(Card card) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(card.bytes()));
      if (image == null) throw new IllegalArgumentException("card is not a readable " + card.mime() + " image");
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException("card image could not be read", e);
    }
  }

  /** JPEG has no alpha: flatten onto white so transparent PNG areas do not turn black. */
  private static BufferedImage opaque(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_INT_RGB) return image;
    return scaledTo(image, image.getWidth(), image.getHeight());
  }

  private static BufferedImage scaled(BufferedImage image, double factor) {
    return scaledTo(image, (int) (image.getWidth() * factor), (int) (image.getHeight() * factor));
  }

  private static BufferedImage scaledTo(BufferedImage image, int width, int height) {
    var out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.drawImage(image, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  private static byte[] jpeg(BufferedImage image, float quality) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    var bytes = new ByteArrayOutputStream();
    try (var out = new MemoryCacheImageOutputStream(bytes)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException("JPEG encoding failed", e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
