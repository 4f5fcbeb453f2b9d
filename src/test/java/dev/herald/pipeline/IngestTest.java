package dev.herald.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.fake.DeliveryFakes;
import dev.herald.fake.FakeOutlet;
import dev.herald.source.Article;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One way in for every article: what came in by push is known to the poll, and the other way round. */
class IngestTest {

  @TempDir Path dir;
  final DeliveryFakes world = new DeliveryFakes();
  Herald herald;

  @AfterEach
  void tearDown() throws IOException {
    if (herald != null) herald.close();
    world.close();
  }

  private void start() {
    herald = Herald.start(world.config(dir, List.of(), List.of(), "mastodon-main", "telegram-main"),
        Clock.systemUTC(), new SimpleMeterRegistry());
  }

  private static Article pushed(String url) {
    return new Article(url, null, null, null, null, null, null, null, null, List.of(), null, null);
  }

  @Test
  void aPushedStoryIsExtractedQueuedOnceAndALaterPollPostsNothing() {
    start();
    var item = new FakeOutlet.Item("rain", "भारी बारिश से मुंबई में जलभराव", "Mumbai floods.",
        "Heavy rain in Mumbai.\n\nTrains are late.", "India", Instant.now());
    world.outlet.publish(item);
    var nudged = new AtomicInteger();
    herald.ingest().onQueued(nudged::incrementAndGet);
    var source = herald.config().source("main").orElseThrow();

    var id = herald.ingest().accept(source, pushed(world.outlet.articleUrl(item) + "?utm_source=cms#top"), null, Set.of());

    assertThat(id).isPresent();
    var stored = herald.store().articles().find(id.get()).orElseThrow().article();
    assertThat(stored.url()).isEqualTo(world.outlet.articleUrl(item));
    assertThat(stored.title()).as("extracted from the page").isEqualTo("भारी बारिश से मुंबई में जलभराव");
    assertThat(herald.store().posts().queue("mastodon-main")).hasSize(1);
    assertThat(herald.store().posts().queue("telegram-main")).hasSize(1);
    assertThat(nudged).hasValue(1);

    assertThat(herald.ingest().accept(source, pushed(world.outlet.articleUrl(item)), null, Set.of())).as("pushed twice").isEmpty();
    var poll = herald.poller().poll(source);
    assertThat(poll.ok()).isTrue();
    assertThat(poll.queued()).as("the poll lists the pushed story").isZero();
    assertThat(herald.store().posts().queue("mastodon-main")).hasSize(1);
  }

  @Test
  void aPushCanNameItsChannelsAndPriority() {
    start();
    var item = new FakeOutlet.Item("vote", "Counting begins", "Results today.", "Counting began at 8.", "India", Instant.now());
    world.outlet.publish(item);
    var source = herald.config().source("main").orElseThrow();

    var id = herald.ingest().accept(source, pushed(world.outlet.articleUrl(item)), 1, Set.of("telegram-main"));

    assertThat(id).isPresent();
    assertThat(herald.store().posts().queue("mastodon-main")).isEmpty();
    assertThat(herald.store().posts().queue("telegram-main")).singleElement()
        .satisfies(post -> assertThat(post.priority()).isEqualTo(1));
  }
}
