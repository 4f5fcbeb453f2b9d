package dev.herald.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import dev.herald.fake.DeliveryFakes;
import dev.herald.fake.FakeOutlet;
import dev.herald.pipeline.Herald;
import dev.herald.pipeline.PipelineWork;
import dev.herald.schedule.QuartzDaemon;
import dev.herald.store.PostState;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Measures (prints, asserts no time): {@code POST /api/articles} → posted on X, Telegram, Mastodon and
 * Bluesky (fakes on loopback) through the daemon — Quartz publish jobs on their default 15 s tick, nudged
 * by the push — one story at a time, with the page read and a card rendered for each. p50/p99/max go to stdout.
 */
class PushLatencyTest {

  static final int STORIES = 30;
  static final String INGEST_TOKEN = "cms-push-SECRET-77aa66bb55";
  static final List<String> CHANNELS = List.of("x-main", "telegram-main", "mastodon-main", "bluesky-main");

  @TempDir Path dir;
  final DeliveryFakes world = new DeliveryFakes();
  final OkHttpClient http = new OkHttpClient();
  Herald herald;
  QuartzDaemon daemon;
  AdminServer admin;

  @AfterEach
  void tearDown() throws IOException {
    if (admin != null) admin.close();
    if (daemon != null) daemon.close();
    if (herald != null) herald.close();
    world.close();
  }

  @Test
  void pushToPostedOnEveryChannel() throws IOException {
    var quiet = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("dev.herald");
    Level before = quiet.getLevel();
    quiet.setLevel(Level.WARN);
    try {
      var config = world.config(dir, "admin:\n  port: 0\n  token: adm-token-SECRET-0f9e8d7c\ningest:\n  token: " + INGEST_TOKEN + "\n",
          List.of(), List.of("minSpacing: 0s"), CHANNELS.toArray(String[]::new));
      var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
      herald = Herald.start(config, Clock.systemUTC(), registry);
      daemon = new QuartzDaemon(herald.database().dataSource(), false, config.scheduler(), new PipelineWork(herald));
      daemon.start(Map.of(), new LinkedHashSet<>(CHANNELS), config.scheduler().publishEvery(), false);
      herald.ingest().onQueued(daemon::publishNow);
      admin = AdminServer.start(config, herald, registry);

      long[] millis = new long[STORIES];
      for (int i = 0; i < STORIES; i++) millis[i] = oneStory(i + 1);

      Arrays.sort(millis);
      System.out.printf("%n[push latency] %d stories, POST /api/articles → posted on %d channels: p50 %d ms, p99 %d ms, max %d ms%n",
          STORIES, CHANNELS.size(), percentile(millis, 0.50), percentile(millis, 0.99), millis[STORIES - 1]);
      assertThat(posted()).isEqualTo(STORIES * CHANNELS.size());
    } finally {
      quiet.setLevel(before);
    }
  }

  private long oneStory(int n) throws IOException {
    String title = "Breaking story " + n + ": दिल्ली में बारिश, traffic slows across the city";
    var item = new FakeOutlet.Item("push-" + n, title, "The latest on story " + n + ".", title + ".\n\nMore follows.", "India",
        Instant.now());
    world.outlet.publish(item);
    long start = System.nanoTime();
    var request = new Request.Builder().url("http://127.0.0.1:" + admin.port() + "/api/articles")
        .header("Authorization", "Bearer " + INGEST_TOKEN)
        .post(RequestBody.create("{\"url\": \"" + world.outlet.articleUrl(item) + "\"}", MediaType.get("application/json")))
        .build();
    try (var response = http.newCall(request).execute()) {
      assertThat(response.code()).isEqualTo(202);
    }
    int wanted = n * CHANNELS.size();
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(2)).until(() -> posted() >= wanted);
    return (System.nanoTime() - start) / 1_000_000;
  }

  private int posted() {
    return herald.store().posts().counts(null).getOrDefault(PostState.POSTED, 0);
  }

  private static long percentile(long[] sorted, double p) {
    return sorted[(int) Math.ceil(p * sorted.length) - 1];
  }
}
