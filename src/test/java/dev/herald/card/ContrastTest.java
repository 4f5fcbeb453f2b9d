package dev.herald.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.herald.config.Brand;
import java.awt.Color;
import org.junit.jupiter.api.Test;

class ContrastTest {

  private static final Java2dCardRenderer measuring = new Java2dCardRenderer(true);

  @Test
  void wcagRatioOfBlackOnWhiteIsTwentyOne() {
    assertThat(Contrast.ratio(0x000000, 0xFFFFFF)).isCloseTo(21.0, within(0.01));
    assertThat(Contrast.ratio(0xB3122E, 0xFFFFFF)).isGreaterThan(4.5);
  }

  @Test
  void whitePhotoGetsAScrimDarkEnoughForWhiteText() {
    var rendering = measuring.draw(TestImages.request(CardLayout.LANDSCAPE, TestImages.ENGLISH, "World", TestImages.white(1600, 900)));

    assertThat(rendering.backdropContrast()).isGreaterThanOrEqualTo(Contrast.MIN_RATIO);
    assertThat(rendering.scrimOpacity()).isGreaterThan(0.5f);
  }

  @Test
  void busyPhotoGetsEnoughContrastInEveryLayout() {
    var busy = TestImages.busy(1600, 900, 11);
    for (var layout : CardLayout.values()) {
      var rendering = measuring.draw(TestImages.request(layout, TestImages.LONG, "World", busy));
      assertThat(rendering.backdropContrast()).as(layout.name()).isGreaterThanOrEqualTo(Contrast.MIN_RATIO);
    }
  }

  @Test
  void darkPhotoKeepsTheLightFloorScrimInsteadOfABlackSlab() {
    var dark = TestImages.skyline(1600, 900, 5);
    var g = dark.createGraphics();
    g.setColor(new Color(0x101018));
    g.fillRect(0, 0, 1600, 900);
    g.dispose();

    var rendering = measuring.draw(TestImages.request(CardLayout.LANDSCAPE, TestImages.ENGLISH, null, dark));
    assertThat(rendering.scrimOpacity()).isLessThan(0.4f);
    assertThat(rendering.backdropContrast()).isGreaterThanOrEqualTo(Contrast.MIN_RATIO);
  }

  @Test
  void darkTextColourGetsALightScrim() {
    var brand = new Brand("#FFD400", "#111111", null, null, null, null);
    var request = new CardRequest(CardLayout.SQUARE, TestImages.ENGLISH, "Sport", TestImages.DATE, "en",
        TestImages.busy(1200, 1200, 2), "Jaano Junction", brand, 5_000_000);

    var rendering = measuring.draw(request);
    assertThat(rendering.backdropContrast()).isGreaterThanOrEqualTo(Contrast.MIN_RATIO);
  }

  @Test
  void lowContrastBrandColoursAreDarkenedOnTheBrandedCard() {
    var paleBrand = new Brand("#F4A6B8", "#FFFFFF", null, null, null, null);
    var request = new CardRequest(CardLayout.LANDSCAPE, TestImages.ENGLISH, "World", TestImages.DATE, "en", null, "Jaano Junction", paleBrand, 5_000_000);

    var rendering = measuring.draw(request);
    assertThat(rendering.scrimOpacity()).isPositive();
    assertThat(rendering.backdropContrast()).isGreaterThanOrEqualTo(Contrast.MIN_RATIO);
  }

  @Test
  void theLightestBucketsGiveTheSameScrimAsEveryColourOnARealPhoto() {
    var photo = TestImages.photo(TestImages.BUSY_PHOTO);
    var canvas = new java.awt.image.BufferedImage(1200, 675, java.awt.image.BufferedImage.TYPE_INT_RGB);
    PhotoScaler.draw(photo, new java.awt.Rectangle(1600, 900), canvas, new java.awt.Rectangle(1200, 675));
    var region = new java.awt.Rectangle(64, 380, 1072, 250);

    float pruned = Contrast.scrimOpacity(canvas, region, Color.WHITE, Color.BLACK, 0f);
    // A scrim one step off black is not pruned: the solver checks every colour bucket, both corners.
    float exhaustive = Contrast.scrimOpacity(canvas, region, new Color(0xFEFEFE), new Color(0x000001), 0f);

    assertThat(pruned).isCloseTo(exhaustive, within(0.003f));
    assertThat(Contrast.worstRatio(overBlack(canvas, region, pruned), region, Color.WHITE)).isGreaterThanOrEqualTo(Contrast.MIN_RATIO);
  }

  private static java.awt.image.BufferedImage overBlack(java.awt.image.BufferedImage image, java.awt.Rectangle region, float opacity) {
    var copy = new java.awt.image.BufferedImage(image.getWidth(), image.getHeight(), java.awt.image.BufferedImage.TYPE_INT_RGB);
    var g = copy.createGraphics();
    g.drawImage(image, 0, 0, null);
    g.dispose();
    Scrim.draw(copy, Color.BLACK, opacity, region.y, region.y);
    return copy;
  }
}
