package dev.herald.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.fake.DeliveryFakes;
import dev.herald.fake.FakeOutlet;
import dev.herald.store.Post;
import dev.herald.store.PostState;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A queued story whose page was taken down (404/410) is skipped with the reason; one merely gone from the feed is posted. */
class PageGoneTest {

  @TempDir Path dir;
  final DeliveryFakes world = new DeliveryFakes();
  Herald herald;

  @AfterEach
  void tearDown() throws IOException {
    if (herald != null) herald.close();
    world.close();
  }

  @Test
  void takenDownPagesAreSkippedBeforeTheirSlotAndAStoryOnlyGoneFromTheFeedIsKept() {
    herald = Herald.start(world.config(dir, List.of(), List.of("minSpacing: 0s"), "mastodon-main", "telegram-main"),
        Clock.systemUTC(), new SimpleMeterRegistry());
    var kept = story("kept", "मानसून केरल पहुंचा");
    var gone = story("gone", "Retracted: minister resigns");
    var deleted = story("deleted", "Wrong score posted");
    assertThat(herald.poller().poll(herald.config().source("main").orElseThrow()).queued()).isEqualTo(3);

    world.outlet.clear();
    world.outlet.takeDown(gone, 410);
    world.outlet.takeDown(deleted, 404);
    var mastodon = herald.publisher().publishDue("mastodon-main", true);
    var telegram = herald.publisher().publishDue("telegram-main", true);

    assertThat(mastodon.posted()).isEqualTo(1);
    assertThat(mastodon.skipped()).isEqualTo(2);
    assertThat(telegram.posted()).isEqualTo(1);
    assertThat(world.mastodon.statuses()).singleElement().asString().contains("मानसून केरल पहुंचा");
    assertThat(reason("telegram-main", gone)).isEqualTo("the article page now answers 410 Gone: it was taken down before its slot");
    assertThat(reason("mastodon-main", deleted)).isEqualTo("the article page now answers 404 Not Found: it was taken down before its slot");
    long heads = world.outlet.requests().stream().filter(r -> r.method().equals("HEAD")).count();
    assertThat(heads).as("one HEAD per page serves both channels").isEqualTo(3);
  }

  private FakeOutlet.Item story(String slug, String title) {
    var item = new FakeOutlet.Item(slug, title, "Summary.", title + ".\n\nMore.", "India", Instant.now());
    world.outlet.publish(item);
    return item;
  }

  private String reason(String channel, FakeOutlet.Item item) {
    long articleId = herald.store().articles().idOf(world.outlet.articleUrl(item)).orElseThrow();
    Post post = herald.store().posts().recent(channel, java.util.Set.of(), 100).stream()
        .filter(p -> p.articleId() == articleId).findFirst().orElseThrow();
    assertThat(post.state()).isEqualTo(PostState.SKIPPED);
    var events = herald.store().posts().events(post.id());
    return events.get(events.size() - 1).message();
  }
}
