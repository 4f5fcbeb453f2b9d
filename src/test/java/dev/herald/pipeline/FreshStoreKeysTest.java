package dev.herald.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.channel.HttpClients;
import dev.herald.fake.DeliveryFakes;
import dev.herald.fake.FakeApi;
import dev.herald.fake.FakeBluesky;
import dev.herald.fake.FakeOutlet;
import dev.herald.fake.MutableClock;
import dev.herald.store.Post;
import dev.herald.store.PostState;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keys that stay unique when the store does not: a wiped {@code data/} (a fresh database whose
 * article ids start at 1 again) or a second install on the same accounts, against fakes that keep
 * their state as the platforms do (Mastodon remembers a key for an hour, Bluesky keeps records).
 */
class FreshStoreKeysTest {

  static final Instant T0 = Instant.parse("2026-11-27T06:00:00Z");
  static final String MASTODON = "mastodon-main";
  static final String BLUESKY = "bluesky-main";

  @TempDir Path dir;
  final DeliveryFakes world = new DeliveryFakes();
  final MutableClock clock = new MutableClock(T0);
  final List<Herald> started = new ArrayList<>();
  final OkHttpClient http = HttpClients.shared().newBuilder().callTimeout(Duration.ofSeconds(10)).build();

  @AfterEach
  void tearDown() throws IOException {
    started.forEach(Herald::close);
    world.close();
  }

  /** A Herald on its own, brand-new store under {@code storeDir}, publishing to the shared fakes. */
  Herald herald(String storeDir, String... channels) throws IOException {
    world.mastodon.useClock(clock);
    var config = world.config(Files.createDirectories(dir.resolve(storeDir)), List.of(), List.of("minSpacing: 0s"), channels);
    var herald = Herald.start(config, clock, new SimpleMeterRegistry(), http);
    started.add(herald);
    return herald;
  }

  void newArticles(Herald herald, String prefix, int count) {
    for (int i = 0; i < count; i++) {
      world.outlet.publish(new FakeOutlet.Item(prefix + "-" + i, "Story " + prefix + i + " from the Jaano Junction desk", "",
          "Story " + prefix + i + ", officials said.\n\nMore follows.", "India", clock.instant().minus(Duration.ofMinutes(30 - i))));
    }
    assertThat(herald.poller().poll(herald.config().source("main").orElseThrow()).ok()).isTrue();
  }

  static List<Post> posts(Herald herald, String channel) {
    return herald.store().posts().recent(channel, Set.of(), 100);
  }

  String articleUrl(Herald herald, Post post) {
    return herald.store().articles().find(post.articleId()).orElseThrow().article().url();
  }

  @Test
  void twoFreshStoresInTurnOnTheSameAccountsPostEveryNewArticleOnceWithItsOwnUrl() throws Exception {
    var first = herald("first", MASTODON, BLUESKY);
    newArticles(first, "a", 4);
    first.publisher().publishDue(MASTODON, true);
    first.publisher().publishDue(BLUESKY, true);
    first.close();
    started.remove(first);

    clock.advance(Duration.ofMinutes(10)); // well inside Mastodon's hour for the first store's keys
    world.outlet.clear();
    var second = herald("second", MASTODON, BLUESKY);
    newArticles(second, "b", 4);
    assertThat(posts(second, MASTODON)).extracting(Post::articleId).as("article ids start again at 1")
        .containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
    second.publisher().publishDue(MASTODON, true);
    second.publisher().publishDue(BLUESKY, true);

    assertThat(world.mastodon.distinctStatuses()).isEqualTo(8);
    assertThat(world.bluesky.distinctRecords()).isEqualTo(8);
    var mastodonUrls = new HashSet<String>();
    for (Post post : posts(second, MASTODON)) {
      assertThat(post.state()).isEqualTo(PostState.POSTED);
      assertThat(mastodonUrls.add(post.platformUrl())).isTrue();
      assertThat(world.mastodon.contentByUrl().get(post.platformUrl())).as("the status behind %s", post.platformUrl())
          .contains("/news/b-");
    }
    for (Post post : posts(second, BLUESKY)) {
      assertThat(post.state()).isEqualTo(PostState.POSTED);
      assertThat(post.platformUrl()).isEqualTo(FakeBluesky.postUrl(post.recordKey()));
      assertThat(world.bluesky.record(post.recordKey()).path("embed").path("external").path("uri").asText())
          .startsWith(articleUrl(second, post) + "?utm_source=bluesky");
    }
    assertThat(world.mastodon.contentByUrl().keySet()).hasSize(8).containsAll(mastodonUrls);
  }

  @Test
  void aMastodonStatusOfAnotherPostAnsweredForTheKeyFailsThePostNamingIt() throws IOException {
    var herald = herald("store", MASTODON);
    newArticles(herald, "c", 1);
    Post post = posts(herald, MASTODON).get(0);
    String foreign = world.mastodon.existingStatus("Sensex crosses 80,000 https://www.jaanojunction.com/news/sensex",
        post.idempotencyKey());

    var outcome = herald.publisher().publishDue(MASTODON, true);

    assertThat(outcome.failed()).isEqualTo(1);
    Post failed = posts(herald, MASTODON).get(0);
    assertThat(failed.state()).isEqualTo(PostState.FAILED);
    assertThat(failed.platformUrl()).isNull();
    assertThat(failed.reason()).contains("another post's status", foreign);
    assertThat(herald.store().posts().events(post.id())).last()
        .satisfies(e -> assertThat(e.message()).contains(foreign));
  }

  @Test
  void aBlueskyRecordKeyHoldingAnotherPostFailsThePostNamingIt() throws IOException {
    var herald = herald("store", BLUESKY);
    newArticles(herald, "d", 1);
    Post post = posts(herald, BLUESKY).get(0);
    world.bluesky.recordExists(post.recordKey(), "Sensex crosses 80,000", "https://www.jaanojunction.com/news/sensex");

    herald.publisher().publishDue(BLUESKY, true);

    Post failed = posts(herald, BLUESKY).get(0);
    assertThat(failed.state()).isEqualTo(PostState.FAILED);
    assertThat(failed.reason()).contains(FakeBluesky.postUrl(post.recordKey()), "Sensex crosses");
  }

  @Test
  void aBlueskyResendThatFindsItsOwnRecordIsPosted() throws IOException {
    var herald = herald("store", BLUESKY);
    newArticles(herald, "e", 1);
    Post post = posts(herald, BLUESKY).get(0);
    // The first create went through but its answer was lost; the re-send meets the taken key.
    world.bluesky.recordExists(post.recordKey(), post.text(), post.link());

    herald.publisher().publishDue(BLUESKY, true);

    assertThat(posts(herald, BLUESKY).get(0).platformUrl()).isEqualTo(FakeBluesky.postUrl(post.recordKey()));
    assertThat(world.bluesky.distinctRecords()).isEqualTo(1);
  }
}
