package dev.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.config.ConfigLoader;
import dev.herald.pipeline.Herald;
import dev.herald.store.Post;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * channels[].include / exclude on the demo feed (three English stories, two Hindi): Hindi only to the
 * Hindi channel, the rest to the main one, the reason in each post's history and in {@code preview}.
 */
class RoutingTest {

  static final String MORE_CHANNELS = """
        exclude: [{language: hi}]
      - id: preview-hindi
        type: preview
        dir: %1$s/out-hi/
        minSpacing: 0s
        maxAge: 3650d
        include:
          - {language: hi}
          - {keyword: Kaziranga, source: demo}
      - id: preview-sport
        type: preview
        dir: %1$s/out-sport/
        include: [{section: Sport}]
    """;

  @TempDir Path dir;

  private Path config() throws IOException {
    Path config = DemoConfig.copyInto(dir);
    String yaml = Files.readString(config, StandardCharsets.UTF_8);
    assertThat(yaml).endsWith("    hashtags: 3\n");
    Files.writeString(config, yaml + MORE_CHANNELS.formatted(dir), StandardCharsets.UTF_8);
    return config;
  }

  @Test
  void eachChannelGetsOnlyTheStoriesRoutedToItAndItsPostsSayWhy() throws IOException {
    Path file = config();
    var cfg = ConfigLoader.load(file, Map.of()).config().orElseThrow();
    try (var herald = Herald.start(cfg, Clock.systemUTC(), new SimpleMeterRegistry())) {
      assertThat(herald.poller().poll(cfg.source("demo").orElseThrow()).seen()).isEqualTo(5);

      List<Post> main = herald.store().posts().queue("preview");
      List<Post> hindi = herald.store().posts().queue("preview-hindi");
      assertThat(main).hasSize(3);
      assertThat(hindi).hasSize(3);
      assertThat(herald.store().posts().queue("preview-sport")).isEmpty();
      assertThat(hindi).extracting(p -> herald.store().articles().find(p.articleId()).orElseThrow().article().title())
          .anySatisfy(t -> assertThat(t).startsWith("पूर्वोत्तर सीमांत रेलवे"))
          .anySatisfy(t -> assertThat(t).startsWith("Kaziranga reopens"));
      assertThat(herald.store().posts().events(hindi.get(0).id()).get(0).message())
          .isIn("queued — routed: included by language=hi", "queued — routed: included by keyword=Kaziranga, source=demo");
      assertThat(herald.store().posts().events(main.get(0).id()).get(0).message())
          .isEqualTo("queued — routed: no exclude rule matched");
    }
  }

  @Test
  void previewShowsWhereEachStoryGoesAndWhy() throws IOException {
    Path file = config();

    Cli.Result r = Cli.run("preview", "--config", file.toString(), "--file", DemoConfig.DEMO_FEED.toString(),
        "--out", dir.resolve("preview").toString());

    assertThat(r.code()).as(r.all()).isZero();
    assertThat(r.out()).contains("✗ preview: excluded by language=hi", "→ preview-hindi: included by language=hi",
        "→ preview-hindi: included by keyword=Kaziranga, source=demo", "✗ preview-sport: no include rule matched",
        "→ preview: no exclude rule matched");
  }
}
