package dev.herald.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.herald.config.HeraldConfig;
import dev.herald.fake.DeliveryFakes;
import dev.herald.fake.FakeHub;
import dev.herald.fake.FakeOutlet;
import dev.herald.schedule.QuartzDaemon;
import dev.herald.source.Fetcher;
import dev.herald.source.OutboundPolicy;
import dev.herald.store.PostState;
import dev.herald.store.Subscription;
import dev.herald.web.AdminServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * WebSub against a fake hub on loopback, through the daemon (Quartz poll and publish jobs, the HTTP
 * server as callback at publicBaseUrl): the first poll finds the hub and subscribes, the hub verifies
 * intent, a signed delivery is posted on every channel without a poll, a badly signed one is ignored.
 */
class WebSubTest {

  static final List<String> CHANNELS = List.of("mastodon-main", "telegram-main");

  @TempDir Path dir;
  final DeliveryFakes world = new DeliveryFakes();
  final FakeHub hub = new FakeHub();
  Herald herald;
  QuartzDaemon daemon;
  AdminServer admin;
  String publicBaseUrl;

  @AfterEach
  void tearDown() throws IOException {
    if (admin != null) admin.close();
    if (daemon != null) daemon.close();
    if (herald != null) herald.close();
    hub.close();
    world.close();
  }

  private void start() throws IOException {
    int port;
    try (var socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    publicBaseUrl = "http://127.0.0.1:" + port;
    world.outlet.announceHub(hub.hubUrl());
    var config = world.config(dir, """
        admin:
          port: %d
          token: adm-token-SECRET-0f9e8d7c
        publicBaseUrl: %s
        allowPrivateHosts: ["%s"]
        """.formatted(port, publicBaseUrl, hub.baseUrl()), List.of("publishEvery: 1h"), List.of("minSpacing: 0s"),
        CHANNELS.toArray(String[]::new));
    var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    herald = Herald.start(config, Clock.systemUTC(), registry);
    admin = AdminServer.start(config, herald, registry);
    daemon = new QuartzDaemon(herald.database().dataSource(), false, config.scheduler(), new PipelineWork(herald));
    daemon.start(Map.of("main", Duration.ofHours(1)), new LinkedHashSet<>(CHANNELS), config.scheduler().publishEvery(), false,
        WebSub.MAINTAIN_EVERY);
    herald.ingest().onQueued(daemon::publishNow);
  }

  private FakeHub.Request subscribed() {
    await().atMost(Duration.ofSeconds(30)).until(() -> !hub.subscriptionRequests().isEmpty());
    return hub.subscriptionRequests().get(0);
  }

  @Test
  void theFeedsHubIsSubscribedVerifiedAndASignedDeliveryIsPostedEverywhere() throws IOException {
    start();
    FakeHub.Request request = subscribed();
    assertThat(request.mode()).isEqualTo("subscribe");
    assertThat(request.topic()).isEqualTo(world.outlet.feedUrl());
    assertThat(request.callback()).startsWith(publicBaseUrl + "/websub/");
    assertThat(request.secret()).hasSizeGreaterThanOrEqualTo(32);
    assertThat(herald.webSub().live("main")).as("not verified yet").isFalse();

    assertThat(hub.verify(request, "https://elsewhere.example/feed", 86400).code()).as("another topic").isEqualTo(404);
    var verified = hub.verify(request, request.topic(), 86400);
    assertThat(verified.code()).isEqualTo(200);
    assertThat(verified.body()).doesNotStartWith("not the challenge");
    assertThat(herald.webSub().live("main")).isTrue();
    assertThat(herald.store().subscriptions().forSource("main").orElseThrow().expiresAt())
        .isBetween(Instant.now().plus(Duration.ofHours(23)), Instant.now().plus(Duration.ofHours(25)));

    var item = new FakeOutlet.Item("flood", "असम में बाढ़ से 20 जिले प्रभावित", "Floods in Assam.",
        "Floods hit Assam.\n\nRivers are rising.", "India", Instant.now());
    world.outlet.publish(item);
    byte[] feed = world.outlet.feed();
    assertThat(hub.distribute(request, feed, "sha256", "not-the-secret").code()).as("bad signature: 2xx, ignored").isEqualTo(202);
    assertThat(hub.distribute(request, feed, null, null).code()).as("unsigned: ignored").isEqualTo(202);
    assertThat(herald.store().articles().idOf(world.outlet.articleUrl(item))).isEmpty();

    assertThat(hub.distribute(request, feed, "sha256", request.secret()).code()).isEqualTo(202);
    await().atMost(Duration.ofSeconds(30)).until(() -> posted() == CHANNELS.size());
    assertThat(world.telegram.requests()).anySatisfy(r -> assertThat(r.bodyText()).contains("असम में बाढ़"));

    var work = new PipelineWork(herald);
    Instant lastPoll = herald.store().sources().get("main").lastPolledAt();
    assertThat(work.poll("main")).as("the hub pushes: polling is the slow fallback").isFalse();
    assertThat(herald.store().sources().get("main").lastPolledAt()).isEqualTo(lastPoll);
    assertThat(hub.distribute(request, feed, "sha1", request.secret()).code()).as("sha1 too; nothing new").isEqualTo(202);
    assertThat(posted()).isEqualTo(CHANNELS.size());
  }

  /** Measures (prints, asserts no time): the hub publishes → posted on every channel, story after story. */
  @Test
  void hubPublishToPostedOnEveryChannelIsMeasured() throws IOException {
    start();
    FakeHub.Request request = subscribed();
    assertThat(hub.verify(request, request.topic(), 86400).code()).isEqualTo(200);
    int stories = 20;
    long[] millis = new long[stories];
    for (int n = 1; n <= stories; n++) {
      world.outlet.publish(new FakeOutlet.Item("hub-" + n, "Breaking story " + n + ": दिल्ली में बारिश", "The latest.",
          "Story " + n + ".\n\nMore follows.", "India", Instant.now()));
      byte[] feed = world.outlet.feed();
      long start = System.nanoTime();
      assertThat(hub.distribute(request, feed, "sha256", request.secret()).code()).isEqualTo(202);
      int wanted = n * CHANNELS.size();
      await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(2)).until(() -> posted() >= wanted);
      millis[n - 1] = (System.nanoTime() - start) / 1_000_000;
    }
    java.util.Arrays.sort(millis);
    System.out.printf("%n[websub latency] %d stories, hub delivery → posted on %d channels: p50 %d ms, p99 %d ms, max %d ms%n",
        stories, CHANNELS.size(), millis[stories / 2 - 1], millis[(int) Math.ceil(0.99 * stories) - 1], millis[stories - 1]);
    assertThat(posted()).isEqualTo(stories * CHANNELS.size());
  }

  @Test
  void aLeaseAboutToEndIsRenewedAndARemovedSourceIsUnsubscribed() throws IOException {
    start();
    FakeHub.Request request = subscribed();
    assertThat(hub.verify(request, request.topic(), 0).code()).isEqualTo(200);
    assertThat(herald.webSub().live("main")).as("a lease of 0 s has run out").isFalse();

    herald.webSub().maintain();

    assertThat(hub.subscriptionRequests()).hasSize(2);
    FakeHub.Request renewal = hub.subscriptionRequests().get(1);
    assertThat(renewal.mode()).isEqualTo("subscribe");
    assertThat(renewal.callback()).as("same callback").isEqualTo(request.callback());
    assertThat(renewal.secret()).isEqualTo(request.secret());

    // The same store under a config that no longer has the source.
    HeraldConfig without = withoutSources(herald.config());
    var fetcher = new Fetcher(new OkHttpClient(), OutboundPolicy.of(without));
    var removed = new WebSub(without, herald.store(), fetcher, herald.ingest(), Clock.systemUTC());
    removed.maintain();

    assertThat(hub.subscriptionRequests()).hasSize(3);
    FakeHub.Request unsubscribe = hub.subscriptionRequests().get(2);
    assertThat(unsubscribe.mode()).isEqualTo("unsubscribe");
    assertThat(unsubscribe.callback()).isEqualTo(request.callback());
    assertThat(herald.store().subscriptions().forSource("main").orElseThrow().state()).isEqualTo(Subscription.State.UNSUBSCRIBING);
    assertThat(hub.distribute(request, world.outlet.feed(), "sha256", request.secret()).code())
        .as("no more deliveries for a source being removed").isEqualTo(410);
    assertThat(hub.verify(unsubscribe, unsubscribe.topic(), 0).code()).isEqualTo(200);
    assertThat(herald.store().subscriptions().forSource("main")).isEmpty();
  }

  private static HeraldConfig withoutSources(HeraldConfig c) {
    return new HeraldConfig(c.outlet(), c.store(), c.scheduler(), c.admin(), c.summarizer(), List.of(), c.channels(),
        c.allowPrivateHosts(), c.publicBaseUrl(), c.ingest());
  }

  private int posted() {
    return herald.store().posts().counts(null).getOrDefault(PostState.POSTED, 0);
  }
}
