package dev.herald.channel.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.card.Card;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class BlobShrinkerTest {

  /** Random pixels do not compress: a reliable way to get a card over the limit. */
  static Card noisePng(int width, int height) throws IOException {
    var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    var random = new Random(7);
    for (int y = 0; y < height; y++) for (int x = 0; x < width; x++) image.setRGB(x, y, random.nextInt() | 0xFF000000);
    var out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return new Card(out.toByteArray(), "image/png", width, height, "noise");
  }

  @Test
  void cardUnderTheLimitIsSentUntouched() {
    var card = BlueskyChannelTest.smallCard();
    assertThat(BlobShrinker.fit(card, 1_000_000)).isSameAs(card);
  }

  @Test
  void cardOverTheLimitBecomesAReadableJpegUnderItKeepingItsAltText() throws IOException {
    Card big = noisePng(1400, 800);

    Card fitted = BlobShrinker.fit(big, 1_000_000);

    assertThat(fitted.bytes().length).isLessThanOrEqualTo(1_000_000);
    assertThat(fitted.mime()).isEqualTo("image/jpeg");
    assertThat(fitted.altText()).isEqualTo("noise");
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(fitted.bytes()));
    assertThat(decoded.getWidth()).isEqualTo(fitted.width());
    assertThat(decoded.getHeight()).isEqualTo(fitted.height());
  }

  @Test
  void aTinyLimitScalesTheImageDown() throws IOException {
    Card fitted = BlobShrinker.fit(noisePng(800, 450), 60_000);

    assertThat(fitted.bytes().length).isLessThanOrEqualTo(60_000);
    assertThat(fitted.width()).isLessThan(800);
  }
}
