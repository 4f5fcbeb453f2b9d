package dev.herald.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.herald.config.ConfigLoader;
import dev.herald.source.FeedException;
import dev.herald.source.FeedParser;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hostile JSON Feed once threw NullPointerException on every poll and left status with no error. */
class HostileFeedTest {

  @TempDir Path dir;

  static final String DEEP = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": "
      + "[".repeat(1500) + "]".repeat(1500) + "}";
  static final String LONG_NUMBER = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"x\": "
      + "9".repeat(1000) + ", \"items\": []}";

  @Test
  void deepNestingAndHugeNumbersAreCleanParseErrors() {
    for (String feed : new String[] {DEEP, LONG_NUMBER}) {
      assertThatThrownBy(() -> FeedParser.parse(feed.getBytes(StandardCharsets.UTF_8), "application/feed+json", null))
          .isInstanceOf(FeedException.class).hasMessageContaining("JSON");
    }
  }

  @Test
  void aParseFailureBecomesTheSourcesLastErrorAndAMetric() throws Exception {
    Path feed = dir.resolve("hostile.json");
    Files.writeString(feed, DEEP);
    var config = ConfigLoader.parse("""
        outlet: {name: Jaano Junction, url: "https://www.jaanojunction.com"}
        store: {url: "jdbc:h2:file:%s/data/herald"}
        admin: {enabled: false}
        sources:
          - {id: main, url: "%s"}
        channels: []
        """.formatted(dir, feed), Map.of(), dev.herald.channel.ChannelProviders.catalog()).config().orElseThrow();
    var registry = new SimpleMeterRegistry();

    try (var herald = Herald.start(config, Clock.systemUTC(), registry)) {
      var outcome = herald.poller().poll(config.sources().get(0));

      assertThat(outcome.ok()).isFalse();
      assertThat(herald.store().sources().get("main").lastError()).contains("malformed JSON").contains("depth");
      assertThat(registry.get("herald.polls").tag("source", "main").tag("outcome", "parse_error").counter().count())
          .isEqualTo(1.0);
    }
  }
}
