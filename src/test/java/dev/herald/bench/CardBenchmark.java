package dev.herald.bench;

import dev.herald.card.Card;
import dev.herald.card.CardLayout;
import dev.herald.card.CardRequest;
import dev.herald.card.Images;
import dev.herald.card.Java2dCardRenderer;
import dev.herald.config.Brand;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One 1200×675 card from a 1600×900 JPEG, encoded. {@code decodeRenderEncode} is the whole job
 * from downloaded bytes; {@code renderEncode} starts from the decoded photo, as when one article
 * is rendered for several channels. Target: median ≤ 40 ms on 2 cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CardBenchmark {

  private final Java2dCardRenderer renderer = new Java2dCardRenderer();
  private final Brand brand = new Brand("#B3122E", "#FFFFFF", null, null, null, null);
  private byte[] jpeg;
  private BufferedImage decoded;

  @Setup
  public void setUp() throws IOException {
    jpeg = photoLikeJpeg();
    decoded = Images.decode(jpeg).orElseThrow();
  }

  @Benchmark
  public Card decodeRenderEncode() {
    return renderer.render(request(Images.decode(jpeg).orElseThrow()));
  }

  @Benchmark
  public Card renderEncode() {
    return renderer.render(request(decoded));
  }

  private CardRequest request(BufferedImage background) {
    return new CardRequest(CardLayout.LANDSCAPE, "'US has evidence of China's interference in elections': Antony Blinken",
        "World", LocalDate.of(2024, 4, 27), "en", background, "Jaano Junction", brand, 5_000_000);
  }

  /** Gradient sky, blocks and grain: compresses and decodes like a real news photo, not like noise. */
  private static byte[] photoLikeJpeg() throws IOException {
    var random = new Random(1);
    var image = new BufferedImage(1600, 900, BufferedImage.TYPE_3BYTE_BGR);
    var g = image.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(0x274B8F), 0, 700, new Color(0xF6B26B)));
    g.fillRect(0, 0, 1600, 900);
    for (int i = 0; i < 120; i++) {
      g.setColor(new Color(random.nextInt(0x1000000)));
      g.fillRect(random.nextInt(1600), 300 + random.nextInt(600), 20 + random.nextInt(120), 20 + random.nextInt(300));
    }
    g.dispose();
    for (int i = 0; i < 200_000; i++) {
      int x = random.nextInt(1600), y = random.nextInt(900);
      image.setRGB(x, y, image.getRGB(x, y) ^ 0x0F0F0F);
    }
    var out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", out);
    return out.toByteArray();
  }
}
