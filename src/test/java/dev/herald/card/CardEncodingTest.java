package dev.herald.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardEncodingTest {

  private static final Java2dCardRenderer renderer = new Java2dCardRenderer();

  @ParameterizedTest(name = "maxBytes={0}")
  @ValueSource(longs = {1_000_000, 300_000})
  void noisyPhotoCardFitsTheByteLimit(long maxBytes) throws IOException {
    var request = new CardRequest(CardLayout.LANDSCAPE, TestImages.ENGLISH, "World", TestImages.DATE, "en",
        TestImages.noise(1600, 900, 42), "Jaano Junction", TestImages.JAANO, maxBytes);

    var card = renderer.render(request);

    assertThat(card.bytes().length).isLessThanOrEqualTo((int) maxBytes);
    assertThat(card.mime()).isEqualTo("image/jpeg");
    var decoded = ImageIO.read(new ByteArrayInputStream(card.bytes()));
    assertThat(decoded.getWidth()).isEqualTo(card.width());
    assertThat(decoded.getHeight()).isEqualTo(card.height());
  }

  @Test
  void photoCardUnderAGenerousLimitKeepsFullSizeAndHighQuality() {
    var card = renderer.render(TestImages.request(CardLayout.LANDSCAPE, TestImages.ENGLISH, "World", TestImages.skyline(1600, 900, 3)));

    assertThat(card.width()).isEqualTo(1200);
    assertThat(card.height()).isEqualTo(675);
    assertThat(card.bytes().length).isEqualTo(CardEncoder.jpeg(renderer.draw(TestImages.request(CardLayout.LANDSCAPE,
        TestImages.ENGLISH, "World", TestImages.skyline(1600, 900, 3))).image(), CardEncoder.START_QUALITY).length);
  }

  @Test
  void tinyLimitScalesTheCardDownAsALastResort() {
    var request = new CardRequest(CardLayout.LANDSCAPE, TestImages.ENGLISH, "World", TestImages.DATE, "en",
        TestImages.noise(1600, 900, 7), "Jaano Junction", TestImages.JAANO, 60_000);

    var card = renderer.render(request);

    assertThat(card.bytes().length).isLessThanOrEqualTo(60_000);
    assertThat(card.width()).isLessThan(1200);
    assertThat((double) card.width() / card.height()).isCloseTo(1200 / 675.0, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void brokenImageBytesFallBackToTheBrandedCard() {
    var background = Images.decode(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x12});
    var request = TestImages.request(CardLayout.SQUARE, TestImages.HINDI, "उत्तराखंड", background.orElse(null));

    var card = renderer.render(request);

    assertThat(background).isEmpty();
    assertThat(renderer.draw(request).branded()).isTrue();
    assertThat(card.width()).isEqualTo(1080);
    assertThat(card.bytes()).isNotEmpty();
  }

  @Test
  void brandedCardPicksTheSmallerOfPngAndJpeg() {
    var request = TestImages.request(CardLayout.OG, TestImages.ENGLISH, "World", null);
    var image = renderer.draw(request).image();
    int png = CardEncoder.png(image).length, jpeg = CardEncoder.jpeg(image, CardEncoder.START_QUALITY).length;

    var card = renderer.render(request);

    assertThat(card.mime()).isEqualTo(png <= jpeg ? "image/png" : "image/jpeg");
    assertThat(card.bytes().length).isEqualTo(Math.min(png, jpeg));
  }

  @Test
  void tinyPhotoIsNotBlownUpButGivesTheBrandedCard() {
    var rendering = renderer.draw(TestImages.request(CardLayout.LANDSCAPE, TestImages.ENGLISH, null, TestImages.skyline(160, 90, 1)));

    assertThat(rendering.branded()).isTrue();
  }

  @Test
  void altTextIsTheHeadlineAndSectionKeptShort() {
    var card = renderer.render(TestImages.request(CardLayout.OG, TestImages.ENGLISH, "World", null));
    var longAlt = Java2dCardRenderer.altText(TestImages.request(CardLayout.OG, TestImages.LONG, "India", null));

    assertThat(card.altText()).isEqualTo(TestImages.ENGLISH + " — World");
    assertThat(longAlt).endsWith("… — India").hasSizeLessThan(220);
  }
}
