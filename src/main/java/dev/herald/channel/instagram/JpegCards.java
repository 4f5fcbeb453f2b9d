package dev.herald.channel.instagram;

import dev.herald.card.Card;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** Instagram takes JPEG only, while flat brand cards may be encoded as PNG when that is smaller. */
final class JpegCards {

  private JpegCards() {}

  /** The card itself when it is a JPEG, else the same picture re-encoded as one; null when it cannot be read. */
  static Card jpeg(Card card) {
    if (card.mime().equals("image/jpeg")) return card;
    try {
      BufferedImage source = ImageIO.read(new ByteArrayInputStream(card.bytes()));
      if (source == null) return null;
      var rgb = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
      var g = rgb.createGraphics();
      g.drawImage(source, 0, 0, java.awt.Color.WHITE, null);
      g.dispose();
      var out = new ByteArrayOutputStream();
      if (!ImageIO.write(rgb, "jpg", out)) return null;
      return new Card(out.toByteArray(), "image/jpeg", card.width(), card.height(), card.altText());
    } catch (IOException e) {
      return null;
    }
  }
}
