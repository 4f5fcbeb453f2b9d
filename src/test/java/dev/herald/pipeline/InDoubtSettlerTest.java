package dev.herald.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.channel.HttpClients;
import dev.herald.fake.DeliveryFakes;
import dev.herald.fake.FakeApi;
import dev.herald.fake.FakeBluesky;
import dev.herald.fake.FakeOutlet;
import dev.herald.fake.MutableClock;
import dev.herald.store.Post;
import dev.herald.store.PostEvent;
import dev.herald.store.PostState;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In-doubt posts settled by asking the platform: the real clients against the loopback fakes (which
 * keep their posts), the real store on H2, a node that "died" while sending, and the history a
 * manager reads afterwards.
 */
class InDoubtSettlerTest {

  static final Instant T0 = Instant.parse("2026-11-27T06:00:00Z");
  static final String MASTODON = "mastodon-main";
  static final String BLUESKY = "bluesky-main";
  static final String TELEGRAM = "telegram-main";

  @TempDir Path dir;
  final DeliveryFakes world = new DeliveryFakes();
  final MutableClock clock = new MutableClock(T0);
  final List<Herald> started = new ArrayList<>();
  final OkHttpClient http = HttpClients.shared().newBuilder()
      .readTimeout(Duration.ofMillis(500)).callTimeout(Duration.ofSeconds(5)).build();

  @AfterEach
  void tearDown() throws IOException {
    started.forEach(Herald::close);
    world.close();
  }

  Herald herald(String... channels) {
    world.mastodon.useClock(clock);
    var config = world.config(dir, List.of("maxAttempts: 3", "retryBase: 1m", "retryMax: 10m"), List.of("minSpacing: 0s"), channels);
    var herald = Herald.start(config, clock, new SimpleMeterRegistry(), http);
    started.add(herald);
    return herald;
  }

  /** One article polled, its post on {@code channel} claimed by a node that then died, and recovered at start-up. */
  Post crashedWhileSending(Herald herald, String channel) {
    world.outlet.publish(new FakeOutlet.Item("budget", "संसद में बजट पेश, Budget 2026 tabled", "Budget day.",
        "The finance minister tabled the budget.\n\nMore follows.", "India", T0.minus(Duration.ofMinutes(10))));
    assertThat(herald.poller().poll(herald.config().source("main").orElseThrow()).ok()).isTrue();
    Post post = only(herald, channel);
    assertThat(herald.store().posts().claim(post.id(), "dead-node", T0)).isTrue();
    return post;
  }

  void restart(Herald herald) {
    clock.advance(Duration.ofMinutes(1));
    herald.publisher().recoverInFlight(Duration.ZERO);
  }

  static Post only(Herald herald, String channel) {
    var posts = herald.store().posts().recent(channel, Set.of(), 10);
    assertThat(posts).hasSize(1);
    return posts.get(0);
  }

  static List<String> history(Herald herald, Post post) {
    return herald.store().posts().events(post.id()).stream().map(e -> e.state().dbName() + ": " + e.message()).toList();
  }

  @Test
  void blueskyPostWhoseRecordIsThereIsSettledAsPostedWithItsUrl() {
    var herald = herald(BLUESKY);
    Post post = crashedWhileSending(herald, BLUESKY);
    world.bluesky.recordExists(post.recordKey(), post.text(), post.link());

    restart(herald);

    Post settled = only(herald, BLUESKY);
    assertThat(settled.state()).isEqualTo(PostState.POSTED);
    assertThat(settled.platformUrl()).isEqualTo(FakeBluesky.postUrl(post.recordKey()));
    assertThat(history(herald, post)).last().isEqualTo("posted: settled: found on Bluesky at " + FakeBluesky.postUrl(post.recordKey()));
    assertThat(world.bluesky.requests("POST", "/xrpc/com.atproto.repo.createRecord")).as("nothing re-sent").isEmpty();
  }

  @Test
  void blueskyPostWithNoRecordIsQueuedAgainAndSentUnderTheSameRecordKey() {
    var herald = herald(BLUESKY);
    Post post = crashedWhileSending(herald, BLUESKY);

    restart(herald);

    assertThat(only(herald, BLUESKY).state()).isEqualTo(PostState.QUEUED);
    assertThat(history(herald, post)).contains("in_doubt: Herald stopped while sending this post: it may or may not have gone out")
        .last().isEqualTo("queued: settled: no Bluesky record under key " + post.recordKey() + "; re-queued with the same key");
    assertThat(herald.publisher().publishDue(BLUESKY, true).posted()).isEqualTo(1);
    assertThat(world.bluesky.records()).extracting(r -> r.path("rkey").asText()).containsExactly(post.recordKey());
    assertThat(only(herald, BLUESKY).platformUrl()).isEqualTo(FakeBluesky.postUrl(post.recordKey()));
  }

  @Test
  void mastodonPostFoundAmongTheAccountsStatusesIsSettledWithThatStatus() {
    var herald = herald(MASTODON);
    Post post = crashedWhileSending(herald, MASTODON);
    world.mastodon.existingStatus("Something else the desk posted", null);
    String url = world.mastodon.existingStatus(post.text(), post.idempotencyKey());
    world.mastodon.existingStatus("And one more after it", null);

    restart(herald);

    Post settled = only(herald, MASTODON);
    assertThat(settled.state()).isEqualTo(PostState.POSTED);
    assertThat(settled.platformUrl()).isEqualTo(url);
    assertThat(history(herald, post)).last().isEqualTo("posted: settled: found on Mastodon at " + url);
    assertThat(world.mastodon.requests("POST", "/api/v1/statuses")).isEmpty();
  }

  @Test
  void mastodonPostNotAmongTheStatusesIsQueuedAgainAndSentWithTheSameKey() {
    var herald = herald(MASTODON);
    Post post = crashedWhileSending(herald, MASTODON);

    restart(herald);

    assertThat(only(herald, MASTODON).state()).isEqualTo(PostState.QUEUED);
    assertThat(history(herald, post)).last().asString().startsWith("queued: settled: not among the account's 0 newest statuses")
        .endsWith("re-queued with the same key");
    assertThat(herald.publisher().publishDue(MASTODON, true).posted()).isEqualTo(1);
    assertThat(world.mastodon.requests("POST", "/api/v1/statuses")).extracting(r -> r.header("Idempotency-Key"))
        .containsExactly(post.idempotencyKey());
    assertThat(world.mastodon.distinctStatuses()).isEqualTo(1);
  }

  @Test
  void telegramCannotBeReadBackSoThePostStaysInDoubtWithOneHistoryRow() {
    var herald = herald(TELEGRAM);
    Post post = crashedWhileSending(herald, TELEGRAM);

    restart(herald);
    clock.advance(InDoubtSettler.EVERY);
    herald.publisher().publishDue(TELEGRAM, true);
    herald.publisher().settler().settle(TELEGRAM);

    assertThat(only(herald, TELEGRAM).state()).isEqualTo(PostState.IN_DOUBT);
    assertThat(history(herald, post)).filteredOn(m -> m.contains("stays in doubt")).hasSize(1)
        .first().asString().contains("cannot be read back");
    assertThat(world.telegram.sendPhotos()).isEmpty();
  }

  @Test
  void aPlatformThatCannotAnswerTheLookupLeavesThePostForTheNextLook() {
    var herald = herald(BLUESKY);
    Post post = crashedWhileSending(herald, BLUESKY);
    world.bluesky.answerNext("GET", "com.atproto.repo.getRecord", FakeApi.jsonAnswer(502, "{\"error\":\"UpstreamFailure\"}"));

    restart(herald);
    assertThat(only(herald, BLUESKY).state()).isEqualTo(PostState.IN_DOUBT);
    assertThat(history(herald, post)).noneMatch(m -> m.contains("settled"));

    herald.publisher().publishDue(BLUESKY, true);
    assertThat(only(herald, BLUESKY).state()).as("looked at most every few minutes").isEqualTo(PostState.IN_DOUBT);
    assertThat(world.bluesky.requests("GET", "/xrpc/com.atproto.repo.getRecord")).hasSize(1);

    clock.advance(InDoubtSettler.EVERY);
    herald.publisher().publishDue(BLUESKY, true);
    assertThat(only(herald, BLUESKY).state()).as("re-queued, then sent in the same pass").isEqualTo(PostState.POSTED);
    assertThat(herald.store().posts().events(post.id())).extracting(PostEvent::state)
        .containsSubsequence(PostState.IN_DOUBT, PostState.QUEUED, PostState.SENDING, PostState.POSTED);
  }
}
