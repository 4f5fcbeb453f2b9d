package dev.herald.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** One node at a time publishes a channel; a turn ends when given back, when it expires, or with its node. */
@OnEveryEngine
class ChannelTurnStoreTest extends StoreTestBase {

  static final Duration DEAD_AFTER = Duration.ofSeconds(12);

  boolean take(String node, Instant now) {
    return store.turns().take("telegram-main", node, now, now.plus(Duration.ofMinutes(2)), now.minus(DEAD_AFTER));
  }

  @Test
  void aTurnIsOneNodesUntilGivenBack() {
    store.nodes().heartbeat("a", T0);
    store.nodes().heartbeat("b", T0);
    assertThat(take("a", T0)).isTrue();
    assertThat(take("a", T0.plusSeconds(1))).as("renewed by its holder").isTrue();
    assertThat(take("b", T0.plusSeconds(1))).as("another node waits").isFalse();
    store.turns().giveBack("telegram-main", "b", T0.plusSeconds(1));
    assertThat(take("b", T0.plusSeconds(1))).as("only the holder gives it back").isFalse();
    store.turns().giveBack("telegram-main", "a", T0.plusSeconds(2));
    assertThat(take("b", T0.plusSeconds(2))).isTrue();
    assertThat(take("a", T0.plusSeconds(2))).isFalse();
  }

  @Test
  void aDeadNodesTurnPassesOnWithItsHeartbeatNotAfterItExpires() {
    store.nodes().heartbeat("a", T0);
    store.nodes().heartbeat("b", T0);
    assertThat(take("a", T0)).isTrue();
    Instant later = T0.plusSeconds(10);
    store.nodes().heartbeat("b", later);
    assertThat(take("b", later)).as("a beat 10 s ago: alive").isFalse();
    Instant dead = T0.plusSeconds(13);
    store.nodes().heartbeat("b", dead);
    assertThat(take("b", dead)).as("a has not beaten for 13 s").isTrue();
    assertThat(store.nodes().live(dead.minus(DEAD_AFTER))).containsExactly("b");
  }

  @Test
  void anExpiredTurnIsFreeEvenWhileItsNodeLives() {
    store.nodes().heartbeat("a", T0);
    assertThat(take("a", T0)).isTrue();
    Instant expired = T0.plus(Duration.ofMinutes(3));
    store.nodes().heartbeat("a", expired);
    store.nodes().heartbeat("b", expired);
    assertThat(take("b", expired)).isTrue();
    assertThat(store.nodes().live(expired.minus(DEAD_AFTER))).containsExactly("a", "b");
  }
}
