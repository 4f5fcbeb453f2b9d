package dev.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repo's {@code config/herald.yml} copied into a temp dir with only its working-directory paths
 * made absolute: the store and the preview channel's {@code out/} move into the temp dir, the demo
 * feed and the logo stay where the repo has them. Everything else is the shipped file, word for word.
 */
final class DemoConfig {

  static final Path SHIPPED = Path.of("config/herald.yml");
  static final Path DEMO_FEED = Path.of("config/demo/feed.xml");

  private DemoConfig() {}

  static Path copyInto(Path dir) {
    try {
      String yaml = Files.readString(SHIPPED, StandardCharsets.UTF_8);
      yaml = replace(yaml, "${HERALD_STORE_URL:-jdbc:h2:file:./data/herald}", "jdbc:h2:file:" + dir.resolve("data/herald"));
      yaml = replace(yaml, "url: config/demo/feed.xml", "url: " + DEMO_FEED.toAbsolutePath());
      yaml = replace(yaml, "logo: config/brand/logo.png", "logo: " + Path.of("config/brand/logo.png").toAbsolutePath());
      yaml = replace(yaml, "dir: out/", "dir: " + dir.resolve("out") + "/");
      Path copy = dir.resolve("herald.yml");
      Files.writeString(copy, yaml, StandardCharsets.UTF_8);
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String replace(String yaml, String shipped, String adjusted) {
    assertThat(yaml).as("config/herald.yml still says %s", shipped).contains(shipped);
    return yaml.replace(shipped, adjusted);
  }

  /**
   * The share of a card's pixels in the demo brand's flat red (#B3122E, within a small distance): about
   * a third for the branded design (its background), under a hundredth for a photo card.
   */
  static double brandRedShare(byte[] card) {
    try {
      var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(card));
      assertThat(image).as("a decodable card").isNotNull();
      long red = 0;
      for (int y = 0; y < image.getHeight(); y += 2) {
        for (int x = 0; x < image.getWidth(); x += 2) {
          int rgb = image.getRGB(x, y);
          int dr = (rgb >> 16 & 0xFF) - 0xB3, dg = (rgb >> 8 & 0xFF) - 0x12, db = (rgb & 0xFF) - 0x2E;
          if (dr * dr + dg * dg + db * db < 24 * 24) red++;
        }
      }
      return red / (double) (((image.getWidth() + 1) / 2) * ((image.getHeight() + 1) / 2));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
