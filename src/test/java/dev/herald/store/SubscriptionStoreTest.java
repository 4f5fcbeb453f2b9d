package dev.herald.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** WebSub subscriptions (V11) on both engines: found by source and by callback id, verified, removed. */
@OnEveryEngine
class SubscriptionStoreTest extends StoreTestBase {


  static Subscription pending(String source, String callback) {
    return new Subscription(source, callback, "https://hub.example/", "https://www.jaanojunction.com/feed", "s3cr3t-hex",
        Subscription.State.PENDING, null, T0, null, null, null, null);
  }

  @Test
  void aSubscriptionIsVerifiedWithItsLeaseAndLiveUntilItRunsOut() {
    store.subscriptions().save(pending("main", "cb-1"));

    store.subscriptions().verified("cb-1", 3600L, T0.plusSeconds(5));

    var s = store.subscriptions().forCallback("cb-1").orElseThrow();
    assertThat(s.sourceId()).isEqualTo("main");
    assertThat(s.state()).isEqualTo(Subscription.State.VERIFIED);
    assertThat(s.leaseSeconds()).isEqualTo(3600L);
    assertThat(s.expiresAt()).isEqualTo(T0.plusSeconds(3605));
    assertThat(s.live(T0.plus(Duration.ofMinutes(30)))).isTrue();
    assertThat(s.live(T0.plus(Duration.ofHours(2)))).isFalse();
    assertThat(s.toString()).doesNotContain("s3cr3t-hex");
  }

  @Test
  void saveReplacesTheSourcesRowAndDeleteRemovesIt() {
    store.subscriptions().save(pending("main", "cb-1"));
    store.subscriptions().save(pending("main", "cb-2"));
    store.subscriptions().save(pending("hindi", "cb-3"));

    assertThat(store.subscriptions().forCallback("cb-1")).isEmpty();
    assertThat(store.subscriptions().all()).extracting(Subscription::callbackId).containsExactly("cb-3", "cb-2");
    store.subscriptions().state("main", Subscription.State.UNSUBSCRIBING, "hub said no", T0.plusSeconds(9));
    assertThat(store.subscriptions().forSource("main").orElseThrow().lastError()).isEqualTo("hub said no");
    store.subscriptions().delete("main");
    assertThat(store.subscriptions().forSource("main")).isEmpty();
  }
}
