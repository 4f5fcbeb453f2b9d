package dev.herald.card;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.config.Brand;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue 11, point 10: the outlet, the section and the date must read on a phone, on every card. */
class BrandVisibilityTest {

  private static final Java2dCardRenderer renderer = new Java2dCardRenderer();
  private static final BufferedImage PHOTO = TestImages.photo(TestImages.BUSY_PHOTO);

  @ParameterizedTest
  @EnumSource(CardLayout.class)
  void pillAndDateAreAtLeast24PxPer1200PxOfWidth(CardLayout layout) {
    float floor = 24f * layout.width / 1200f;
    for (var background : new BufferedImage[] {PHOTO, null}) {
      var rendering = renderer.draw(TestImages.request(layout, TestImages.ENGLISH, "World", background));

      assertThat(rendering.pillSize()).as("pill on %s", layout).isGreaterThanOrEqualTo(floor);
      assertThat(rendering.footer().dateSize()).as("date on %s", layout).isGreaterThanOrEqualTo(floor);
    }
  }

  @ParameterizedTest
  @EnumSource(CardLayout.class)
  void theWordmarkSitsOnAContrastingPlateAtLeast8PercentOfTheWidth(CardLayout layout) {
    for (var background : new BufferedImage[] {PHOTO, TestImages.white(1600, 900), null}) {
      var rendering = renderer.draw(TestImages.request(layout, TestImages.ENGLISH, "World", background));
      var footer = rendering.footer();

      assertThat(footer.plate().width).isGreaterThanOrEqualTo((int) Math.ceil(layout.width * 0.08));
      assertThat(Contrast.ratio(footer.plateColor().getRGB(), footer.markColor().getRGB())).isGreaterThanOrEqualTo(Contrast.MIN_RATIO);
      // The plate stands out from what is around it (WCAG's 3:1 for graphical objects).
      assertThat(worstAround(rendering.image(), footer.plate(), footer.plateColor())).as("plate edge on %s", layout).isGreaterThanOrEqualTo(3.0);
    }
  }

  @Test
  void theDateIsWrittenInTheArticlesLanguage() {
    var english = renderer.draw(TestImages.request(CardLayout.OG, TestImages.ENGLISH, "World", null));
    var hindiRequest = TestImages.request(CardLayout.OG, TestImages.HINDI, "देश", null);
    var hindi = renderer.draw(new CardRequest(hindiRequest.layout(), hindiRequest.headline(), hindiRequest.section(),
        hindiRequest.date(), "hi", null, hindiRequest.outletName(), hindiRequest.brand(), hindiRequest.maxBytes()));

    assertThat(english.footer().date()).isEqualTo("27 Apr 2024");
    assertThat(hindi.footer().date()).isEqualTo("27 अप्रैल 2024");
  }

  @Test
  void onTheBrandedCardTheWordmarkIsInTheBrandColourOnWhiteNotRedOnRed() {
    var rendering = renderer.draw(TestImages.request(CardLayout.OG, TestImages.ENGLISH, "World", null));

    assertThat(rendering.footer().plateColor()).isEqualTo(Color.WHITE);
    assertThat(rendering.footer().markColor()).isEqualTo(new Color(0xB3122E));
    assertThat(rendering.image().getRGB(rendering.footer().plate().x + 3, rendering.footer().plate().y + rendering.footer().plate().height / 2) & 0xFFFFFF)
        .isEqualTo(0xFFFFFF);
  }

  @Test
  void aLightLogoGetsADarkPlateAndAReadableSize(@TempDir Path dir) throws IOException {
    var logo = dir.resolve("white-logo.png");
    var image = new BufferedImage(300, 80, BufferedImage.TYPE_INT_ARGB);
    var g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(10, 10, 280, 60);
    g.dispose();
    ImageIO.write(image, "png", logo.toFile());

    var rendering = renderer.draw(new CardRequest(CardLayout.LANDSCAPE, TestImages.ENGLISH, "World", TestImages.DATE, "en", null,
        "Jaano Junction", new Brand("#B3122E", "#FFFFFF", null, logo, null, null), 5_000_000));

    assertThat(rendering.footer().plateColor()).isEqualTo(CardPainter.PLATE_DARK);
    assertThat(rendering.footer().plate().width).isGreaterThanOrEqualTo(96);
    assertThat(rendering.footer().plate().height).isGreaterThanOrEqualTo(48);
  }

  /** The lowest contrast between the plate colour and a 4-px ring just outside the plate. */
  private static double worstAround(BufferedImage image, Rectangle plate, Color plateColor) {
    double worst = Double.MAX_VALUE;
    var ring = new Rectangle(plate.x - 6, plate.y - 6, plate.width + 12, plate.height + 12);
    for (int y = ring.y; y < ring.y + ring.height; y++) {
      for (int x = ring.x; x < ring.x + ring.width; x++) {
        boolean inside = x >= plate.x - 2 && x < plate.x + plate.width + 2 && y >= plate.y - 2 && y < plate.y + plate.height + 2;
        if (inside || x < 0 || y < 0 || x >= image.getWidth() || y >= image.getHeight()) continue;
        worst = Math.min(worst, Contrast.ratio(image.getRGB(x, y), plateColor.getRGB()));
      }
    }
    return worst;
  }
}
