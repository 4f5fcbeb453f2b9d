package dev.herald.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.channel.HttpClients;
import dev.herald.fake.DeliveryFakes;
import dev.herald.fake.FakeOutlet;
import dev.herald.fake.MutableClock;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a newsroom alerts on is on /metrics from the start, per channel, and follows the store. */
class QueueGaugesTest {

  static final Instant T0 = Instant.parse("2026-11-27T06:00:00Z");
  static final String MASTODON = "mastodon-main";
  static final String TELEGRAM = "telegram-main";

  @TempDir Path dir;
  final DeliveryFakes world = new DeliveryFakes();
  final MutableClock clock = new MutableClock(T0);
  final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  Herald herald;

  @AfterEach
  void tearDown() throws IOException {
    if (herald != null) herald.close();
    world.close();
  }

  @Test
  void everyMeterIsThereBeforeTheFirstEventAndTheGaugesFollowTheQueue() {
    var config = world.config(dir, List.of(), List.of("minSpacing: 1h"), MASTODON, TELEGRAM);
    herald = Herald.start(config, clock, registry, HttpClients.shared());

    String empty = registry.scrape();
    assertThat(empty).contains(
        "herald_posts_total{channel=\"telegram-main\",outcome=\"in_doubt\"} 0.0",
        "herald_posts_total{channel=\"mastodon-main\",outcome=\"posted\"} 0.0",
        "herald_polls_total{outcome=\"error\",source=\"main\"} 0.0",
        "herald_queue_depth{channel=\"telegram-main\"} 0.0",
        "herald_queue_oldest_age{channel=\"mastodon-main\"} 0.0",
        "herald_posts_in_doubt{channel=\"telegram-main\"} 0.0",
        "herald_posts_failed{channel=\"telegram-main\"} 0.0",
        "herald_channel_paused{channel=\"mastodon-main\"} 0.0",
        "herald_channel_held{channel=\"mastodon-main\"} 0.0",
        "herald_credential_days_left{channel=\"telegram-main\"} NaN");

    for (int i = 0; i < 3; i++) {
      world.outlet.publish(new FakeOutlet.Item("story-" + i, "Story number " + i, "What happened.", "Body.", "India",
          clock.instant().minus(Duration.ofMinutes(10 - i))));
    }
    herald.poller().poll(config.source("main").orElseThrow());
    herald.store().channels().pause(MASTODON, "auth: token revoked", clock.instant());
    clock.advance(Duration.ofMinutes(2));

    String busy = registry.scrape();
    assertThat(busy).contains(
        "herald_queue_depth{channel=\"telegram-main\"} 3.0",
        "herald_queue_oldest_age{channel=\"telegram-main\"} 120.0",
        "herald_channel_paused{channel=\"mastodon-main\"} 1.0",
        "herald_channel_paused{channel=\"telegram-main\"} 0.0");
  }
}
