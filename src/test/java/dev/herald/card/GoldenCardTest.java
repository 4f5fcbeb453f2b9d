package dev.herald.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compares whole cards with reviewed goldens under src/test/resources/card/golden/. Small raster
 * differences (a JDK's antialiasing) pass; a moved headline or a lost scrim does not. Regenerate after
 * a deliberate design change with -Dcard.golden.update=true, then look at every image before committing.
 */
class GoldenCardTest {

  /** Mean absolute difference per channel, 0–255. A shifted line of text costs several points. */
  private static final double TOLERANCE = 1.5;
  private static final Path GOLDEN = Path.of("src/test/resources/card/golden");
  private static final Java2dCardRenderer renderer = new Java2dCardRenderer();

  /** Grain-free drawn backgrounds keep most committed PNGs small; two cases use real photos. */
  @ParameterizedTest
  @ValueSource(strings = {"english-photo-landscape", "hindi-photo-square", "branded-no-image-og", "real-photo-landscape",
      "real-portrait-square"})
  void cardMatchesItsGolden(String name) throws IOException {
    var actual = renderer.draw(caseNamed(name)).image();
    var golden = GOLDEN.resolve(name + ".png");
    if (Boolean.getBoolean("card.golden.update")) ImageIO.write(actual, "png", golden.toFile());

    var expected = ImageIO.read(golden.toFile());
    double difference = meanAbsoluteDifference(expected, actual);
    if (difference >= TOLERANCE) {
      Files.createDirectories(Path.of("target/golden-actual"));
      ImageIO.write(actual, "png", Path.of("target/golden-actual", name + ".png").toFile());
    }
    assertThat(difference).as("mean abs difference from %s (actual written to target/golden-actual/)", golden).isLessThan(TOLERANCE);
  }

  private static CardRequest caseNamed(String name) {
    return switch (name) {
      case "english-photo-landscape" -> TestImages.request(CardLayout.LANDSCAPE, TestImages.ENGLISH, "World", TestImages.skyline(1600, 900, 7, 0));
      case "hindi-photo-square" -> TestImages.request(CardLayout.SQUARE, TestImages.HINDI, "उत्तराखंड", TestImages.skyline(1600, 900, 7, 0));
      case "branded-no-image-og" -> TestImages.request(CardLayout.OG, "Forest fire in Uttarakhand spreads to Nainital, Army deployed", "India", null);
      // Real public-domain photos (src/test/resources/card/photos/SOURCES.md): a busy street scene, and a portrait whose face the text must avoid.
      case "real-photo-landscape" -> TestImages.request(CardLayout.LANDSCAPE, "Sensex 🚀 crosses 80,000 for the first time as banks rally", "Business",
          TestImages.photo(TestImages.BUSY_PHOTO));
      case "real-portrait-square" -> TestImages.request(CardLayout.SQUARE, TestImages.ENGLISH, "World", TestImages.photo(TestImages.PORTRAIT_PHOTO));
      default -> throw new IllegalArgumentException(name);
    };
  }

  static double meanAbsoluteDifference(BufferedImage a, BufferedImage b) {
    if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) return Double.MAX_VALUE;
    int w = a.getWidth(), h = a.getHeight();
    var pa = a.getRGB(0, 0, w, h, null, 0, w);
    var pb = b.getRGB(0, 0, w, h, null, 0, w);
    long sum = 0;
    for (int i = 0; i < pa.length; i++) {
      for (int shift = 0; shift <= 16; shift += 8) sum += Math.abs(((pa[i] >> shift) & 0xFF) - ((pb[i] >> shift) & 0xFF));
    }
    return sum / (3.0 * pa.length);
  }
}
