package dev.herald.compose;

import dev.herald.source.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** Test articles built from the files under src/test/resources/compose/. */
public final class Fixtures {

  public static final String BLINKEN_HEADLINE = "'US has evidence of China's interference in elections': Antony Blinken";
  public static final String BLINKEN_DESCRIPTION = "Secretary of State Blinken has asserted evidence of China's election "
      + "interference and has reaffirmed the US's commitment to combat it while addressing pro-Palestinian protests "
      + "and expressing concerns over China's support for Russia.";

  private Fixtures() {}

  public static String read(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/compose/" + name)) {
      if (in == null) throw new IllegalArgumentException("no fixture compose/" + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Jaano Junction page, as text, with everything the page carries around the story. */
  public static Article blinken() {
    return article(BLINKEN_HEADLINE, BLINKEN_DESCRIPTION, read("jaanojunction-blinken-page.txt"));
  }

  public static Article article(String title, String description, String body) {
    return new Article(
        "https://www.jaanojunction.com/world/us-has-evidence-of-chinas-interference-in-elections-antony-blinken",
        "guid-1", "main", title, description, body, "https://www.jaanojunction.com/img/blinken.jpg",
        Instant.parse("2024-04-27T06:30:00Z"), "World", List.of("Antony Blinken", "China", "US elections"),
        "Jaano Junction Desk", "en");
  }
}
