package dev.herald.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.herald.channel.HttpClients;
import dev.herald.config.HeraldConfig;
import dev.herald.fake.FakeApi;
import dev.herald.fake.FakeBluesky;
import dev.herald.fake.FakeOutlet;
import dev.herald.fake.DeliveryFakes;
import dev.herald.fake.MutableClock;
import dev.herald.store.Post;
import dev.herald.store.PostState;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delivery faults end to end: the real platform clients against the loopback fakes, the real store
 * on H2, and a clock the test moves. Each case shows what a manager would see in {@code status}.
 */
class PublisherTest {

  static final Instant T0 = Instant.parse("2026-11-27T06:00:00Z"); // 11:30 in Kolkata
  static final String MASTODON = "mastodon-main";
  static final String TELEGRAM = "telegram-main";
  static final String X = "x-main";
  static final String BLUESKY = "bluesky-main";

  @TempDir Path dir;
  final DeliveryFakes world = new DeliveryFakes();
  final MutableClock clock = new MutableClock(T0);
  final List<Herald> started = new ArrayList<>();
  // Short timeouts so a platform that never answers costs the test half a second, not a minute.
  final OkHttpClient http = HttpClients.shared().newBuilder()
      .readTimeout(Duration.ofMillis(500)).callTimeout(Duration.ofSeconds(5)).build();

  @AfterEach
  void tearDown() throws IOException {
    started.forEach(Herald::close);
    world.close();
  }

  Herald herald(List<String> scheduler, List<String> channelKeys, String... channels) {
    HeraldConfig config = world.config(dir, scheduler, channelKeys, channels);
    var herald = Herald.start(config, clock, new SimpleMeterRegistry(), http);
    started.add(herald);
    return herald;
  }

  Herald herald(String... channels) {
    return herald(List.of("maxAttempts: 3", "retryBase: 1m", "retryMax: 10m"), List.of("minSpacing: 0s"), channels);
  }

  /** Puts {@code count} new articles on the outlet (oldest first) and lets Herald poll them. */
  void newArticles(Herald herald, int count) {
    for (int i = 0; i < count; i++) {
      world.outlet.publish(item("story-" + i, "Story number " + i + " from the Jaano Junction desk", "India",
          clock.instant().minus(Duration.ofMinutes(30 - i))));
    }
    poll(herald);
  }

  void poll(Herald herald) {
    var outcome = herald.poller().poll(herald.config().source("main").orElseThrow());
    assertThat(outcome.ok()).as("poll: %s", outcome.error()).isTrue();
  }

  static FakeOutlet.Item item(String slug, String title, String section, Instant published) {
    return new FakeOutlet.Item(slug, title, "The latest on " + title + ".",
        title + ", officials said on Tuesday.\n\nThe decision came after weeks of deliberation.", section, published);
  }

  static List<Post> queue(Herald herald, String channel) {
    return herald.store().posts().queue(channel);
  }

  static Post only(Herald herald, String channel) {
    var posts = herald.store().posts().recent(channel, java.util.Set.of(), 10);
    assertThat(posts).hasSize(1);
    return posts.get(0);
  }

  static MockResponse fixture(int code, String resource) {
    try (InputStream in = PublisherTest.class.getResourceAsStream(resource)) {
      if (in == null) throw new AssertionError("missing fixture " + resource);
      return FakeApi.jsonAnswer(code, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void mastodonRateLimitRequeuesUntilTheResetAndStopsThePass() {
    var herald = herald(MASTODON);
    newArticles(herald, 2);
    Instant reset = T0.plus(Duration.ofMinutes(15));
    world.mastodon.answerNext("POST", "/api/v1/statuses", fixture(429, "/channel/mastodon/error-rate-limited.json")
        .setHeader("X-RateLimit-Reset", reset.toString()));

    var outcome = herald.publisher().publishDue(MASTODON, true);

    assertThat(outcome.posted()).isZero();
    assertThat(outcome.retried()).isEqualTo(1);
    assertThat(world.mastodon.requests("POST", "/api/v1/statuses")).hasSize(1);
    var posts = queue(herald, MASTODON);
    assertThat(posts).hasSize(2);
    assertThat(posts.get(0).notBefore()).isAfterOrEqualTo(reset);
    assertThat(posts.get(0).attempts()).isEqualTo(1);
    assertThat(posts.get(1).attempts()).as("the pass stopped before the second post").isZero();
  }

  @Test
  void telegramRetryAfterRequeuesForAtLeastThatLong() {
    var herald = herald(List.of("maxAttempts: 3", "retryBase: 1s", "retryMax: 2s"), List.of("minSpacing: 0s"), TELEGRAM);
    newArticles(herald, 2);
    world.telegram.answerNext("POST", "/sendphoto", fixture(429, "/channel/telegram/error-429-retry-after.json"));

    var outcome = herald.publisher().publishDue(TELEGRAM, true);

    assertThat(outcome.retried()).isEqualTo(1);
    assertThat(world.telegram.sendPhotos()).hasSize(1);
    Post post = queue(herald, TELEGRAM).get(0);
    assertThat(post.state()).isEqualTo(PostState.QUEUED);
    assertThat(post.notBefore()).isAfterOrEqualTo(T0.plusSeconds(7));
    assertThat(post.reason()).contains("429").doesNotContain(DeliveryFakes.TELEGRAM_TOKEN);
  }

  @Test
  void xRateLimitResetHeaderSetsTheNextTry() {
    var herald = herald(X);
    newArticles(herald, 2);
    Instant reset = T0.plusSeconds(420);
    world.x.answerNext("POST", "/2/tweets", fixture(429, "/channel/x/error-429-too-many.json")
        .setHeader("x-rate-limit-remaining", "0").setHeader("x-rate-limit-limit", "17")
        .setHeader("x-rate-limit-reset", Long.toString(reset.getEpochSecond())));

    var outcome = herald.publisher().publishDue(X, true);

    assertThat(outcome.posted()).isZero();
    assertThat(world.x.requests("POST", "/2/tweets")).hasSize(1);
    var posts = queue(herald, X);
    assertThat(posts.get(0).notBefore()).isAfterOrEqualTo(reset);
    assertThat(posts.get(1).attempts()).isZero();
  }

  @Test
  void blueskyRateLimitResetSetsTheNextTryAndTheRetryKeepsItsRecordKey() {
    var herald = herald(BLUESKY);
    newArticles(herald, 1);
    Instant reset = T0.plusSeconds(300);
    world.bluesky.answerNext("POST", "/xrpc/com.atproto.repo.createRecord",
        fixture(429, "/channel/bluesky/error-rate-limited.json").setHeader("ratelimit-reset", Long.toString(reset.getEpochSecond())));

    herald.publisher().publishDue(BLUESKY, true);
    Post waiting = only(herald, BLUESKY);
    assertThat(waiting.state()).isEqualTo(PostState.QUEUED);
    assertThat(waiting.notBefore()).isAfterOrEqualTo(reset);
    assertThat(herald.publisher().publishDue(BLUESKY, true).posted()).as("not before the reset").isZero();

    clock.set(reset);
    assertThat(herald.publisher().publishDue(BLUESKY, true).posted()).isEqualTo(1);
    var rkeys = world.bluesky.records().stream().map(r -> r.path("rkey").asText()).toList();
    assertThat(rkeys).hasSize(2).doesNotContain("").as("the retry reuses the record key").containsOnly(rkeys.get(0));
  }

  @Test
  void serverErrorRequeuesWithBackoffAndTheNextPostStillGoesOut() {
    var herald = herald(MASTODON);
    newArticles(herald, 2);
    world.mastodon.answerNext("POST", "/api/v1/statuses", FakeApi.jsonAnswer(503, "{\"error\":\"Service Unavailable\"}"));

    var outcome = herald.publisher().publishDue(MASTODON, true);

    assertThat(outcome.retried()).isEqualTo(1);
    assertThat(outcome.posted()).isEqualTo(1);
    Post retried = queue(herald, MASTODON).get(0);
    assertThat(retried.attempts()).isEqualTo(1);
    assertThat(retried.notBefore()).isBetween(T0.plusSeconds(30), T0.plusSeconds(60));
    assertThat(retried.reason()).startsWith("retrying in").contains("503");
  }

  @Test
  void mastodonThatNeverAnswersIsResentWithTheSameKey() {
    var herald = herald(MASTODON);
    newArticles(herald, 1);
    world.mastodon.answerNext("POST", "/api/v1/statuses", new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

    var outcome = herald.publisher().publishDue(MASTODON, true);

    assertThat(outcome.retried()).isEqualTo(1);
    Post post = only(herald, MASTODON);
    assertThat(post.state()).isEqualTo(PostState.QUEUED);
    assertThat(post.reason()).containsIgnoringCase("timeout");
    assertThat(post.notBefore()).isAfter(T0);
    clock.set(post.notBefore());
    assertThat(herald.publisher().publishDue(MASTODON, true).posted()).isEqualTo(1);
    assertThat(world.mastodon.requests("POST", "/api/v1/statuses")).extracting(r -> r.header("Idempotency-Key"))
        .hasSize(2).containsOnly(post.idempotencyKey());
  }

  @Test
  void malformedJsonFromMastodonIsRetriedBecauseItsKeyMakesTheResendSafe() {
    var herald = herald(MASTODON);
    newArticles(herald, 1);
    world.mastodon.answerNext("POST", "/api/v1/statuses", FakeApi.jsonAnswer(200, "{\"id\":\"1130\",\"uri\":"));

    herald.publisher().publishDue(MASTODON, true);

    Post post = only(herald, MASTODON);
    assertThat(post.state()).isEqualTo(PostState.QUEUED);
    assertThat(post.reason()).contains("malformed JSON");
  }

  @Test
  void malformedJsonFromTelegramLeavesThePostInDoubtBecauseTheMessageMayBeOut() {
    var herald = herald(TELEGRAM);
    newArticles(herald, 2);
    world.telegram.answerNext("POST", "/sendphoto", fixture(200, "/channel/telegram/send-photo-truncated.json"));

    var outcome = herald.publisher().publishDue(TELEGRAM, true);

    assertThat(outcome.inDoubt()).isEqualTo(1);
    assertThat(outcome.posted()).as("the next post still goes out").isEqualTo(1);
    var doubtful = herald.store().posts().recent(TELEGRAM, java.util.Set.of(PostState.IN_DOUBT), 10);
    assertThat(doubtful).hasSize(1);
    assertThat(doubtful.get(0).reason()).doesNotContain(DeliveryFakes.TELEGRAM_TOKEN);
    assertThat(world.telegram.sendPhotos()).as("never re-sent blindly").hasSize(2);
  }

  @Test
  void telegramThatNeverAnswersLeavesThePostInDoubtInsteadOfPostingTwice() {
    var herald = herald(TELEGRAM);
    newArticles(herald, 1);
    world.telegram.answerNext("POST", "/sendphoto", new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

    herald.publisher().publishDue(TELEGRAM, true);
    clock.advance(Duration.ofHours(1));
    herald.publisher().publishDue(TELEGRAM, true);

    assertThat(only(herald, TELEGRAM).state()).isEqualTo(PostState.IN_DOUBT);
    assertThat(world.telegram.sendPhotos()).hasSize(1);
  }

  @Test
  void retryableFailuresStopAfterMaxAttempts() {
    var herald = herald(MASTODON);
    newArticles(herald, 1);
    var unavailable = FakeApi.jsonAnswer(503, "{\"error\":\"Service Unavailable\"}");
    world.mastodon.answerNext("POST", "/api/v1/statuses", unavailable, unavailable.clone(), unavailable.clone());

    for (int pass = 0; pass < 3; pass++) {
      herald.publisher().publishDue(MASTODON, true);
      clock.advance(Duration.ofMinutes(10));
    }

    Post post = only(herald, MASTODON);
    assertThat(post.state()).isEqualTo(PostState.FAILED);
    assertThat(post.reason()).startsWith("gave up after 3 attempts").contains("503");
    assertThat(world.mastodon.requests("POST", "/api/v1/statuses")).hasSize(3);
  }

  @Test
  void duplicateContentOnXFailsAtOnce() {
    var herald = herald(X);
    newArticles(herald, 1);
    world.x.answerNext("POST", "/2/tweets", fixture(403, "/channel/x/error-403-duplicate.json"));

    var outcome = herald.publisher().publishDue(X, true);

    assertThat(outcome.failed()).isEqualTo(1);
    Post post = only(herald, X);
    assertThat(post.state()).isEqualTo(PostState.FAILED);
    assertThat(post.attempts()).isLessThanOrEqualTo(1);
    assertThat(post.reason()).contains("duplicate content").doesNotStartWith("gave up");
  }

  @Test
  void revokedTokenPausesTheChannelAndKeepsThePostQueued() {
    var herald = herald(MASTODON);
    newArticles(herald, 2);
    world.mastodon.answerNext("POST", "/api/v2/media", fixture(401, "/channel/mastodon/error-token-revoked.json"));

    herald.publisher().publishDue(MASTODON, true);
    int requestsWhenPaused = world.mastodon.requests().size();
    var again = herald.publisher().publishDue(MASTODON, true);

    var channel = herald.store().channels().get(MASTODON);
    assertThat(channel.paused()).isTrue();
    assertThat(channel.pauseReason()).contains("auth").contains("revoked").doesNotContain(DeliveryFakes.MASTODON_TOKEN);
    assertThat(queue(herald, MASTODON)).hasSize(2).allSatisfy(p -> assertThat(p.state()).isEqualTo(PostState.QUEUED));
    assertThat(again.posted()).isZero();
    assertThat(world.mastodon.requests()).as("a paused channel is not called").hasSize(requestsWhenPaused);
  }

  @Test
  void newsOlderThanMaxAgeWhenItsSlotComesIsSkippedWithTheReason() {
    var herald = herald(List.of(), List.of("minSpacing: 0s", "maxAge: 2h"), MASTODON);
    newArticles(herald, 1);
    clock.advance(Duration.ofHours(3));

    var outcome = herald.publisher().publishDue(MASTODON, false);

    assertThat(outcome.skipped()).isEqualTo(1);
    Post post = only(herald, MASTODON);
    assertThat(post.state()).isEqualTo(PostState.SKIPPED);
    assertThat(post.reason()).startsWith("stale").contains("maxAge (2h)");
    assertThat(world.mastodon.requests("POST", "/api/v1/statuses")).isEmpty();
  }

  @Test
  void breakingNewsGoesOutBeforeOlderPostsAndSkipsTheSpacing() {
    var herald = herald(List.of(), List.of("minSpacing: 10m", "priority:", "  - section: Breaking"), MASTODON);
    world.outlet.publish(item("older-1", "Older story one about the monsoon", "India", T0.minus(Duration.ofMinutes(30))));
    world.outlet.publish(item("older-2", "Older story two about the markets", "Business", T0.minus(Duration.ofMinutes(20))));
    world.outlet.publish(item("breaking", "Earthquake of magnitude 6 shakes Delhi", "Breaking", T0.minus(Duration.ofMinutes(5))));
    poll(herald);

    assertThat(herald.publisher().publishDue(MASTODON, false).posted()).isEqualTo(1);
    world.outlet.publish(item("breaking-2", "Second tremor felt across Delhi NCR", "Breaking", T0));
    poll(herald);
    assertThat(herald.publisher().publishDue(MASTODON, false).posted()).as("breaking news ignores minSpacing").isEqualTo(1);
    clock.advance(Duration.ofMinutes(10));
    assertThat(herald.publisher().publishDue(MASTODON, false).posted()).as("the older ones wait their slot").isEqualTo(1);

    assertThat(world.mastodon.statuses()).hasSize(3);
    assertThat(world.mastodon.statuses().get(0)).contains("Earthquake");
    assertThat(world.mastodon.statuses().get(1)).contains("Second tremor");
    assertThat(world.mastodon.statuses().get(2)).contains("Older story one");
  }

  @Test
  void minSpacingHoldsPostsUntilTheirSlot() {
    var herald = herald(List.of(), List.of("minSpacing: 10m"), MASTODON);
    newArticles(herald, 2);

    assertThat(herald.publisher().publishDue(MASTODON, false).posted()).isEqualTo(1);
    clock.advance(Duration.ofMinutes(5));
    assertThat(herald.publisher().publishDue(MASTODON, false).posted()).isZero();
    clock.advance(Duration.ofMinutes(5));
    assertThat(herald.publisher().publishDue(MASTODON, false).posted()).isEqualTo(1);
    assertThat(herald.publisher().publishDue(MASTODON, true).posted()).as("nothing left").isZero();
    assertThat(world.mastodon.distinctStatuses()).isEqualTo(2);
  }

  @Test
  void stopLetsThePostInFlightFinishAndClaimsNoMore() throws Exception {
    var herald = herald(MASTODON);
    newArticles(herald, 2);
    var hold = world.mastodon.hold(r -> r.method().equals("POST") && r.path().startsWith("/api/v1/statuses"));

    var pass = CompletableFuture.supplyAsync(() -> herald.publisher().publishDue(MASTODON, true));
    await().atMost(Duration.ofSeconds(10)).until(hold::arrived);
    herald.publisher().stop();
    hold.release();

    assertThat(pass.get(10, TimeUnit.SECONDS).posted()).isEqualTo(1);
    assertThat(world.mastodon.requests("POST", "/api/v1/statuses")).hasSize(1);
    assertThat(queue(herald, MASTODON)).hasSize(1).allSatisfy(p -> assertThat(p.attempts()).isZero());
  }

  @Test
  void recoveryFlagsPostsLeftSendingAndRequeuesOnlyIdempotentChannels() {
    var herald = herald(MASTODON, BLUESKY, TELEGRAM, X);
    newArticles(herald, 1);
    for (String channel : List.of(MASTODON, BLUESKY, TELEGRAM, X)) {
      assertThat(herald.store().posts().claim(only(herald, channel).id(), "dead-node", T0)).isTrue();
    }
    clock.advance(Duration.ofMinutes(1));
    assertThat(herald.publisher().recoverInFlight(Duration.ofMinutes(5))).as("claims within the lease are live").isZero();

    assertThat(herald.publisher().recoverInFlight(Duration.ZERO)).isEqualTo(4);

    assertThat(only(herald, MASTODON).state()).isEqualTo(PostState.QUEUED);
    assertThat(only(herald, BLUESKY).state()).isEqualTo(PostState.QUEUED);
    assertThat(only(herald, TELEGRAM).state()).isEqualTo(PostState.IN_DOUBT);
    assertThat(only(herald, X).state()).isEqualTo(PostState.IN_DOUBT);
    herald.publisher().publishDue(MASTODON, true);
    assertThat(world.mastodon.requests("POST", "/api/v1/statuses").get(0).header("Idempotency-Key"))
        .isEqualTo(only(herald, MASTODON).idempotencyKey());
  }

  @Test
  void aHangingPlatformCostsOnePostInDoubtAndHoldsTheChannelUntilAProbeAnswers() {
    var herald = herald(X);
    newArticles(herald, 5);
    var hang = new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE);
    world.x.answerNext("POST", "/2/tweets", hang);

    var first = herald.publisher().publishDue(X, true);

    assertThat(first.inDoubt()).isEqualTo(1);
    assertThat(world.x.requests("POST", "/2/tweets")).as("nothing more is claimed after the lost answer").hasSize(1);
    assertThat(queue(herald, X)).hasSize(4).allSatisfy(p -> assertThat(p.attempts()).isZero());
    assertThat(herald.store().posts().recent(X, java.util.Set.of(PostState.IN_DOUBT), 10)).hasSize(1);
    var hold = herald.store().holds().get(X).orElseThrow();
    assertThat(hold.reason()).startsWith("no answer from the platform");
    assertThat(hold.since()).isEqualTo(T0);

    world.x.answerEveryRequestWith(hang);
    assertThat(herald.publisher().publishDue(X, true).posted()).as("no probe before its time").isZero();
    assertThat(world.x.requests("GET", "/2/users/me")).isEmpty();
    clock.advance(Duration.ofSeconds(5));
    assertThat(herald.publisher().publishDue(X, true).posted()).as("the probe got no answer either").isZero();
    assertThat(world.x.requests("GET", "/2/users/me")).hasSize(1);
    assertThat(world.x.requests("POST", "/2/tweets")).hasSize(1);
    var stillHeld = herald.store().holds().get(X).orElseThrow();
    assertThat(stillHeld.probeFailures()).isEqualTo(1);
    assertThat(stillHeld.probeAt()).as("the next probe backs off").isEqualTo(clock.instant().plusSeconds(10));

    world.x.answerEveryRequestWith(null);
    clock.advance(Duration.ofSeconds(10));
    var resumed = herald.publisher().publishDue(X, true);

    assertThat(resumed.posted()).isEqualTo(4);
    assertThat(herald.store().holds().get(X)).isEmpty();
    assertThat(herald.store().posts().recent(X, java.util.Set.of(PostState.IN_DOUBT), 10)).hasSize(1);
  }

  @Test
  void whenAHeldChannelsProbeAnswersThePostLeftInDoubtByTheOutageIsLookedUpAtOnce() {
    var herald = herald(BLUESKY);
    // A pass before the outage: the settler has just looked, so only the hold's hook can look again this soon.
    herald.publisher().publishDue(BLUESKY, true);
    newArticles(herald, 3);
    Post lost = queue(herald, BLUESKY).get(0);
    // The outage: the first create reached the repository but its answer never came back.
    assertThat(herald.store().posts().claim(lost.id(), "this-node", clock.instant())).isTrue();
    world.bluesky.recordExists(lost.recordKey(), lost.text(), lost.link());
    assertThat(herald.store().posts().markInDoubt(lost.id(), "no answer from Bluesky", clock.instant())).isTrue();
    herald.store().holds().hold(BLUESKY, "no answer from the platform: timeout", clock.instant(),
        clock.instant().plusSeconds(5));

    clock.advance(Duration.ofSeconds(5));
    var resumed = herald.publisher().publishDue(BLUESKY, true);

    assertThat(herald.store().holds().get(BLUESKY)).isEmpty();
    Post settled = herald.store().posts().find(lost.id()).orElseThrow();
    assertThat(settled.state()).isEqualTo(PostState.POSTED);
    assertThat(settled.platformUrl()).isEqualTo(FakeBluesky.postUrl(lost.recordKey()));
    assertThat(herald.store().posts().events(lost.id())).anySatisfy(e -> assertThat(e.message()).startsWith("settled: "));
    assertThat(resumed.posted()).isEqualTo(2);
    assertThat(world.bluesky.distinctRecords()).as("the lost post was found, not sent twice").isEqualTo(3);
  }

  @Test
  void anIdempotentPlatformThatHangsIsHeldTooAndItsPostWaitsWithItsKey() {
    var herald = herald(MASTODON);
    newArticles(herald, 3);
    world.mastodon.answerEveryRequestWith(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

    var outcome = herald.publisher().publishDue(MASTODON, true);

    assertThat(outcome.inDoubt()).isZero();
    assertThat(outcome.retried()).isEqualTo(1);
    assertThat(herald.store().holds().get(MASTODON)).isPresent();
    assertThat(queue(herald, MASTODON)).hasSize(3);
    world.mastodon.answerEveryRequestWith(null);
    clock.advance(Duration.ofMinutes(2));
    assertThat(herald.publisher().publishDue(MASTODON, true).posted()).isEqualTo(3);
    assertThat(world.mastodon.distinctStatuses()).isEqualTo(3);
  }

  @Test
  void aDeadNodesClaimsAreRecoveredOnceItsHeartbeatStopsNotAfterTheClaimTimeout() {
    var herald = herald(MASTODON, TELEGRAM);
    newArticles(herald, 1);
    herald.store().nodes().heartbeat("dead-node", T0);
    herald.store().nodes().heartbeat("live-node", T0);
    assertThat(herald.store().posts().claim(only(herald, MASTODON).id(), "dead-node", T0)).isTrue();
    assertThat(herald.store().posts().claim(only(herald, TELEGRAM).id(), "live-node", T0)).isTrue();

    clock.advance(Duration.ofSeconds(10));
    herald.store().nodes().heartbeat("live-node", clock.instant());
    assertThat(herald.publisher().recoverInFlight(Duration.ofMinutes(5))).as("both nodes beat recently").isZero();

    clock.advance(Duration.ofSeconds(15));
    herald.store().nodes().heartbeat("live-node", clock.instant());
    assertThat(herald.publisher().recoverInFlight(Duration.ofMinutes(5))).as("25 s after the dead node's last beat").isEqualTo(1);

    assertThat(only(herald, MASTODON).state()).as("idempotent: re-sent with its key").isEqualTo(PostState.QUEUED);
    assertThat(only(herald, TELEGRAM).state()).as("the live node still sends it").isEqualTo(PostState.SENDING);
  }

  @Test
  void abandoningAtShutdownPutsAHangingNonIdempotentPostInDoubt() throws Exception {
    // A platform that hangs longer than Herald may wait at shutdown: a read timeout well past the test.
    var patient = http.newBuilder().readTimeout(Duration.ofSeconds(30)).callTimeout(Duration.ofSeconds(60)).build();
    var herald = Herald.start(world.config(dir, List.of(), List.of("minSpacing: 0s"), TELEGRAM), clock, new SimpleMeterRegistry(), patient);
    started.add(herald);
    newArticles(herald, 2);
    var hold = world.telegram.hold(r -> r.path().toLowerCase(java.util.Locale.ROOT).contains("/sendphoto"));
    var pass = CompletableFuture.supplyAsync(() -> herald.publisher().publishDue(TELEGRAM, true));
    await().atMost(Duration.ofSeconds(10)).until(hold::arrived);

    assertThat(herald.publisher().abandonInFlight()).isEqualTo(1);

    var doubtful = herald.store().posts().recent(TELEGRAM, java.util.Set.of(PostState.IN_DOUBT), 10);
    assertThat(doubtful).hasSize(1);
    assertThat(doubtful.get(0).reason()).contains("Herald stopped before the platform answered");
    hold.release();
    pass.get(10, TimeUnit.SECONDS);
    assertThat(world.telegram.sendPhotos()).as("no second post is claimed after shutdown").hasSize(1);
  }
}
