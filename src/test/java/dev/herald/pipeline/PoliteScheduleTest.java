package dev.herald.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.fake.DeliveryFakes;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A feed that says when to come back (Retry-After) is not asked sooner; the User-Agent names the configured contact. */
class PoliteScheduleTest {

  @TempDir Path dir;
  final DeliveryFakes world = new DeliveryFakes();
  Herald herald;

  @AfterEach
  void tearDown() throws IOException {
    if (herald != null) herald.close();
    world.close();
  }

  @Test
  void retryAfterPastTheIntervalDefersTheNextPollAndFeedRequestsNameTheContact() {
    herald = Herald.start(world.config(dir, "admin:\n  enabled: false\ningest:\n  contactUrl: https://www.jaanojunction.com/contact\n",
        List.of(), List.of(), "mastodon-main"), Clock.systemUTC(), new SimpleMeterRegistry());
    var source = herald.config().source("main").orElseThrow();
    world.outlet.answerNext("GET", "/feed", new MockResponse().setResponseCode(503).setHeader("Retry-After", "600"));

    var failed = herald.poller().poll(source);
    int asked = world.outlet.requests().size();
    var deferred = herald.poller().poll(source);

    assertThat(failed.ok()).isFalse();
    assertThat(failed.error()).contains("HTTP 503");
    assertThat(deferred.ok()).isTrue();
    assertThat(world.outlet.requests()).as("not asked again within its 10 minutes").hasSize(asked);
    assertThat(world.outlet.requests().get(0).header("User-Agent")).isEqualTo("Herald/0.1 (+https://www.jaanojunction.com/contact)");
  }
}
