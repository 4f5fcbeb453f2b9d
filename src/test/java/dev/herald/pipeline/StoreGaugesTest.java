package dev.herald.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.config.ConfigLoader;
import dev.herald.config.HeraldConfig;
import dev.herald.fake.FakeWorld;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every metric is there from start at zero, and the store's gauges follow the queue, pauses and credentials. */
class StoreGaugesTest {

  @TempDir Path dir;
  FakeWorld world;
  Herald herald;

  @AfterEach
  void tearDown() throws java.io.IOException {
    if (herald != null) herald.close();
    if (world != null) world.close();
  }

  @Test
  void everyMeterIsPresentAtZeroBeforeTheFirstEventThenFollowsTheStore() {
    world = new FakeWorld(dir);
    HeraldConfig config = ConfigLoader.load(world.config(), Map.of()).config().orElseThrow();
    var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    Metrics.bindJvm(registry);
    herald = Herald.start(config, Clock.systemUTC(), registry);

    String fresh = registry.scrape();
    assertThat(fresh).contains(
        "herald_queue_depth{channel=\"x-main\"} 0.0",
        "herald_queue_awaiting_approval{channel=\"x-main\"} 0.0",
        "herald_queue_oldest_age_seconds{channel=\"bluesky-main\"} 0.0",
        "herald_posts_in_doubt{channel=\"telegram-main\"} 0.0",
        "herald_posts_failed{channel=\"mastodon-main\"} 0.0",
        "herald_channel_paused{channel=\"x-main\"} 0.0",
        "herald_channel_held{channel=\"x-main\"} 0.0",
        "herald_credential_days_to_expiry{channel=\"x-main\"} -1.0",
        "herald_posts_total{channel=\"x-main\",outcome=\"posted\"} 0.0",
        "herald_polls_total{outcome=\"error\",source=\"main\"} 0.0",
        "jvm_memory_used_bytes", "process_uptime_seconds", "jvm_threads_live_threads");

    config.enabledSources().forEach(herald.poller()::poll);
    herald.store().channels().pause("x-main", "checking", Instant.now());
    herald.store().holds().hold("telegram-main", "read timed out", Instant.now(), Instant.now().plusSeconds(5));
    Herald.states(herald.store(), herald.clock()).apply("mastodon-main").credentialExpiresAt(Instant.now().plus(Duration.ofDays(10)).plusSeconds(60));
    // Readings are reused for a second; a fresh registry reads the store anew.
    var second = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    StoreGauges.register(second, herald.store(), herald.channels(), herald.clock());

    String after = second.scrape();
    assertThat(after).contains("herald_queue_depth{channel=\"x-main\"} 2.0", "herald_channel_paused{channel=\"x-main\"} 1.0",
        "herald_channel_held{channel=\"telegram-main\"} 1.0", "herald_channel_held{channel=\"x-main\"} 0.0",
        "herald_credential_days_to_expiry{channel=\"mastodon-main\"} 10.0");
    assertThat(registry.scrape()).contains("herald_polls_total{outcome=\"ok\",source=\"main\"} 1.0");
  }
}
