package dev.herald.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.fake.FakeOutlet;
import dev.herald.fake.FakeWorld;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The poll job asks for an immediate publish only when it queued something. */
class PipelineWorkTest {

  @TempDir Path dir;
  final FakeWorld world = new FakeWorld();
  Herald herald;

  @AfterEach
  void tearDown() throws IOException {
    if (herald != null) herald.close();
    world.close();
  }

  @Test
  void aPollThatQueuesPostsAsksEveryChannelToPublishNow() {
    herald = Herald.start(world.config(dir, List.of(), List.of(), "mastodon-main", "telegram-main"),
        Clock.systemUTC(), new SimpleMeterRegistry());
    var work = new PipelineWork(herald);
    List<Collection<String>> asked = new ArrayList<>();
    work.whenQueued(asked::add);

    work.poll("main"); // empty feed: nothing queued
    assertThat(asked).isEmpty();

    world.outlet.publish(new FakeOutlet.Item("rain", "भारी बारिश से मुंबई में जलभराव", "Mumbai floods.",
        "Heavy rain in Mumbai.\n\nTrains are late.", "India", Instant.now().minus(Duration.ofMinutes(1))));
    work.poll("main");
    assertThat(asked).containsExactly(List.of("mastodon-main", "telegram-main"));

    work.poll("main"); // seen already
    work.poll("no-such-source");
    assertThat(asked).hasSize(1);
  }
}
