package dev.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.config.ConfigLoader;
import dev.herald.fake.FakeOutlet;
import dev.herald.pipeline.Herald;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source URL that is the outlet's home page: its feed is found (link rel=alternate, else a common path;
 * news sitemaps from robots.txt listed), polled, and {@code check --live} prints what was found and what is used.
 */
class DiscoveryTest {

  @TempDir Path dir;
  final FakeOutlet outlet = new FakeOutlet();

  @AfterEach
  void tearDown() throws IOException {
    outlet.close();
  }

  private Path config(String sourceUrl) throws IOException {
    Path file = dir.resolve("herald.yml");
    Files.writeString(file, """
        outlet: {name: Jaano Junction, url: https://www.jaanojunction.com}
        store: {url: "jdbc:h2:file:%s/data/herald"}
        admin: {enabled: false}
        sources:
          - {id: home, url: "%s", backfill: 5}
        channels:
          - {id: preview, type: preview, dir: "%s/out/", minSpacing: 0s}
        """.formatted(dir, sourceUrl, dir), StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aHomePageSourceIsPolledThroughTheFeedItNames() throws IOException {
    outlet.publish(new FakeOutlet.Item("rain", "मुंबई में भारी बारिश", "Rain.", "Rain in Mumbai.", "India", Instant.now()));
    var cfg = ConfigLoader.load(config(outlet.baseUrl() + "/"), Map.of()).config().orElseThrow();

    try (var herald = Herald.start(cfg, Clock.systemUTC(), new SimpleMeterRegistry())) {
      var first = herald.poller().poll(cfg.source("home").orElseThrow());
      assertThat(first.ok()).as(String.valueOf(first.error())).isTrue();
      assertThat(first.queued()).isEqualTo(1);
      var second = herald.poller().poll(cfg.source("home").orElseThrow());
      assertThat(second.ok()).isTrue();
    }
    assertThat(outlet.requests()).filteredOn(r -> r.path().equals("/")).as("the home page is read once").hasSize(1);
    assertThat(outlet.requests()).filteredOn(r -> r.path().equals("/feed")).hasSize(2);
  }

  @Test
  void checkPrintsTheFeedsFoundAndTheOneUsed() throws IOException {
    outlet.publish(new FakeOutlet.Item("rain", "Rain in Mumbai", "Rain.", "Rain in Mumbai.", "India", Instant.now()));

    Cli.Result linked = Cli.run("check", "--live", "--config", config(outlet.baseUrl() + "/").toString());
    Cli.Result plain = Cli.run("check", "--live", "--config", config(outlet.baseUrl() + "/plain").toString());

    assertThat(linked.out()).contains("is a home page; found 2 feed(s)",
        "uses  " + outlet.feedUrl() + " (<link rel=\"alternate\" type=\"application/rss+xml\">)",
        "found " + outlet.baseUrl() + "/news-sitemap.xml (news sitemap in robots.txt)",
        "ok    source  home             1 item(s)").doesNotContain("feeds.example.net");
    assertThat(plain.out()).contains("uses  " + outlet.feedUrl() + " (common path /feed)", "ok    source  home             1 item(s)");
  }
}
