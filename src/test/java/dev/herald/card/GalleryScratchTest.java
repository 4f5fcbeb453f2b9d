package dev.herald.card;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class GalleryScratchTest {
  @Test
  void gallery() throws Exception {
    var r = new Java2dCardRenderer();
    var dir = Path.of("target/gallery");
    Files.createDirectories(dir);
    var sky = TestImages.skyline(1600, 900, 7);
    for (var layout : CardLayout.values()) {
      write(r, dir, layout.configName() + "-en", TestImages.request(layout, TestImages.ENGLISH, "World", sky));
      write(r, dir, layout.configName() + "-hi", TestImages.request(layout, TestImages.HINDI, "उत्तराखंड", sky));
      write(r, dir, layout.configName() + "-long-branded", TestImages.request(layout, TestImages.LONG, "India", null));
      write(r, dir, layout.configName() + "-busy", TestImages.request(layout, TestImages.LONG, "Nation", TestImages.busy(1600, 900, 3)));
    }
  }

  private static void write(Java2dCardRenderer r, Path dir, String name, CardRequest req) throws Exception {
    ImageIO.write(r.draw(req).image(), "png", dir.resolve(name + ".png").toFile());
  }
}
