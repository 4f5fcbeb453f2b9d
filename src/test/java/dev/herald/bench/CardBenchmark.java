package dev.herald.bench;

import dev.herald.card.Card;
import dev.herald.card.CardLayout;
import dev.herald.card.CardRequest;
import dev.herald.card.Images;
import dev.herald.card.Java2dCardRenderer;
import dev.herald.config.Brand;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One 1200×675 card from a real 1600×900 news photo (Carol M. Highsmith's Arena Stage, public
 * domain: trees, glass, street and sky, so the decoder and encoder see real detail), encoded as
 * JPEG. {@code decodeRenderEncode} is the whole job from downloaded bytes; {@code renderEncode}
 * starts from the decoded photo; {@code allFiveLayouts} decodes once and renders every layout, as
 * when one article goes to every channel (through {@code renderAll}, as the composer renders them). Targets: median ≤ 29 ms for one card, ≤ 120 ms for five.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CardBenchmark {

  static final String PHOTO = "/card/photos/arena-stage-1600x900.jpg";

  private final Java2dCardRenderer renderer = new Java2dCardRenderer();
  private final Brand brand = new Brand("#B3122E", "#FFFFFF", null, null, null, null);
  private byte[] jpeg;
  private BufferedImage decoded;

  @Setup
  public void setUp() throws IOException {
    try (InputStream in = CardBenchmark.class.getResourceAsStream(PHOTO)) {
      if (in == null) throw new IllegalStateException("benchmark photo missing: " + PHOTO);
      jpeg = in.readAllBytes();
    }
    decoded = Images.decode(jpeg).orElseThrow();
  }

  @Benchmark
  public Card decodeRenderEncode() {
    return renderer.render(request(CardLayout.LANDSCAPE, Images.decode(jpeg).orElseThrow()));
  }

  @Benchmark
  public Card renderEncode() {
    return renderer.render(request(CardLayout.LANDSCAPE, decoded));
  }

  @Benchmark
  public List<Card> allFiveLayouts() {
    var photo = Images.decode(jpeg).orElseThrow();
    var requests = new ArrayList<CardRequest>(CardLayout.values().length);
    for (var layout : CardLayout.values()) requests.add(request(layout, photo));
    return renderer.renderAll(requests);
  }

  private CardRequest request(CardLayout layout, BufferedImage background) {
    return new CardRequest(layout, "'US has evidence of China's interference in elections': Antony Blinken",
        "World", LocalDate.of(2024, 4, 27), "en", background, "Jaano Junction", brand, 5_000_000);
  }
}
