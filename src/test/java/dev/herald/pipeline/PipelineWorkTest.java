package dev.herald.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.fake.DeliveryFakes;
import dev.herald.fake.FakeOutlet;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A poll tells the scheduler whether it queued news, so the publish jobs run at once only then. */
class PipelineWorkTest {

  @TempDir Path dir;
  final DeliveryFakes world = new DeliveryFakes();
  Herald herald;

  @AfterEach
  void tearDown() throws IOException {
    if (herald != null) herald.close();
    world.close();
  }

  @Test
  void pollAnswersTrueOnlyWhenItQueuedPosts() {
    herald = Herald.start(world.config(dir, List.of(), List.of(), "mastodon-main", "telegram-main"),
        Clock.systemUTC(), new SimpleMeterRegistry());
    var work = new PipelineWork(herald);

    assertThat(work.poll("main")).as("empty feed").isFalse();
    world.outlet.publish(new FakeOutlet.Item("rain", "भारी बारिश से मुंबई में जलभराव", "Mumbai floods.",
        "Heavy rain in Mumbai.\n\nTrains are late.", "India", Instant.now().minus(Duration.ofMinutes(1))));
    assertThat(work.poll("main")).isTrue();
    assertThat(herald.store().posts().queue("mastodon-main")).hasSize(1);
    assertThat(work.poll("main")).as("seen already").isFalse();
    assertThat(work.poll("no-such-source")).isFalse();
  }
}
