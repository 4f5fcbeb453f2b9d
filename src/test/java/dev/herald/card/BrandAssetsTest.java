package dev.herald.card;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.config.Brand;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrandAssetsTest {

  private static final Java2dCardRenderer renderer = new Java2dCardRenderer();
  private static final int LOGO_GREEN = 0x00FF00;

  @Test
  void readableLogoFileReplacesTheOutletNameInTheFooter(@TempDir Path dir) throws IOException {
    var logo = dir.resolve("logo.png");
    var image = new BufferedImage(240, 60, BufferedImage.TYPE_INT_ARGB);
    var g = image.createGraphics();
    g.setColor(new Color(LOGO_GREEN));
    g.fillRect(0, 0, 240, 60);
    g.dispose();
    ImageIO.write(image, "png", logo.toFile());

    var withLogo = renderer.draw(request(new Brand("#B3122E", "#FFFFFF", null, logo, null, null)));

    assertThat(greenPixelsInFooter(withLogo)).isGreaterThan(1000);
  }

  @Test
  void missingLogoFileFallsBackToTheOutletName(@TempDir Path dir) {
    var rendering = renderer.draw(request(new Brand("#B3122E", "#FFFFFF", null, dir.resolve("nope.png"), null, null)));

    assertThat(greenPixelsInFooter(rendering)).isZero();
    assertThat(rendering.headline().lines()).isNotEmpty();
  }

  @Test
  void brandHeadlineFontIsUsedForLatinAndNotoKeepsDevanagari(@TempDir Path dir) throws IOException {
    var font = dir.resolve("brand.ttf");
    try (InputStream in = getClass().getResourceAsStream("/fonts/NotoSans-Regular.ttf")) {
      Files.copy(in, font);
    }
    var fonts = new CardFonts();
    var set = fonts.headline(font);
    var iterator = set.attributed("Delhi दिल्ली", 40f).getIterator();

    var latin = (java.awt.Font) iterator.getAttribute(java.awt.font.TextAttribute.FONT);
    iterator.setIndex(7);
    var devanagari = (java.awt.Font) iterator.getAttribute(java.awt.font.TextAttribute.FONT);
    assertThat(latin.getFontName()).isEqualTo("Noto Sans Regular");
    assertThat(devanagari.getFontName()).isEqualTo("Noto Sans Devanagari Bold");
  }

  @Test
  void unreadableBrandFontFallsBackToTheBundledFace(@TempDir Path dir) throws IOException {
    var junk = Files.writeString(dir.resolve("broken.ttf"), "not a font");

    var rendering = renderer.draw(request(new Brand("#B3122E", "#FFFFFF", null, null, junk, junk)));

    assertThat(rendering.headline().lines()).isNotEmpty();
  }

  @Test
  void malformedBrandColoursUseHeraldDefaults() {
    var rendering = renderer.draw(request(new Brand("red", "#12", "#zzzzzz", null, null, null)));

    assertThat(rendering.image().getRGB(600, 674) & 0xFFFFFF).isEqualTo(BrandTheme.DEFAULT_PRIMARY.getRGB() & 0xFFFFFF);
  }

  private static CardRequest request(Brand brand) {
    return new CardRequest(CardLayout.LANDSCAPE, TestImages.ENGLISH, "World", TestImages.DATE, "en",
        TestImages.skyline(1600, 900, 2), "Jaano Junction", brand, 5_000_000);
  }

  private static int greenPixelsInFooter(Rendering rendering) {
    var safe = rendering.safeArea();
    int count = 0;
    for (int y = safe.y + safe.height - 40; y < safe.y + safe.height; y++) {
      for (int x = safe.x; x < safe.x + safe.width / 2; x++) if ((rendering.image().getRGB(x, y) & 0xFFFFFF) == LOGO_GREEN) count++;
    }
    return count;
  }
}
