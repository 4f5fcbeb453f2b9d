package dev.herald.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.config.ConfigLoader;
import dev.herald.config.HeraldConfig;
import dev.herald.fake.FakeWorld;
import dev.herald.store.Post;
import dev.herald.store.PostState;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A post nobody approved within its channel's maxAge is skipped with the reason, as a stale queued one is. */
class ApprovalExpiryTest {

  @TempDir Path dir;
  FakeWorld world;
  Herald herald;

  @AfterEach
  void tearDown() throws java.io.IOException {
    if (herald != null) herald.close();
    if (world != null) world.close();
  }

  @Test
  void unapprovedPostsOlderThanMaxAgeAreSkippedAndNeverSent() {
    world = new FakeWorld(dir);
    // The outlet's stories are 10 to 40 minutes old: past a 5-minute maxAge.
    Path file = world.config("  enabled: false\n", Map.of("mastodon-main", "    approval: required\n    maxAge: 5m\n"));
    HeraldConfig config = ConfigLoader.load(file, Map.of()).config().orElseThrow();
    herald = Herald.start(config, Clock.systemUTC(), new SimpleMeterRegistry());
    config.enabledSources().forEach(herald.poller()::poll);
    assertThat(herald.store().posts().awaitingApproval("mastodon-main")).hasSize(2);

    var outcome = herald.publisher().publishDue("mastodon-main", true);

    assertThat(outcome.skipped()).isEqualTo(2);
    assertThat(outcome.posted()).isZero();
    assertThat(herald.store().posts().recent("mastodon-main", Set.of(PostState.SKIPPED), 10)).hasSize(2)
        .extracting(Post::reason).allMatch(r -> r.startsWith("stale: not approved within this channel's maxAge (5m)"));
    assertThat(world.mastodon.statuses()).isEmpty();
  }
}
