package dev.herald.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.config.Secrets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What a channel keeps across restarts: sessions, refreshed tokens, when its credential expires. */
@OnEveryEngine
class ChannelSecretStoreTest extends StoreTestBase {


  static final Instant EXPIRES = Instant.parse("2027-01-26T06:30:00Z");

  @Test
  void aStoredValueSurvivesReopeningTheStoreWithItsExpiry() {
    store.channelSecrets().put("threads", "accessToken", "THQ-long-lived-token-1", true, EXPIRES, T0);
    db.close();

    db = Database.open(settings);
    var entry = new Store(db).channelSecrets().get("threads", "accessToken").orElseThrow();

    assertThat(entry.value()).isEqualTo("THQ-long-lived-token-1");
    assertThat(entry.expiresAt()).isEqualTo(EXPIRES);
    assertThat(entry.updatedAt()).isEqualTo(Jdbc.micros(T0));
  }

  @Test
  void putReplacesTheValueOfTheSameChannelAndKeyOnly() {
    store.channelSecrets().put("bluesky-main", "session.accessJwt", "jwt-old-123", true, null, T0);
    store.channelSecrets().put("bluesky-other", "session.accessJwt", "jwt-other-123", true, null, T0);

    store.channelSecrets().put("bluesky-main", "session.accessJwt", "jwt-new-456", true, null, T0.plusSeconds(60));

    assertThat(store.channelSecrets().get("bluesky-main", "session.accessJwt").orElseThrow().value()).isEqualTo("jwt-new-456");
    assertThat(store.channelSecrets().get("bluesky-other", "session.accessJwt").orElseThrow().value()).isEqualTo("jwt-other-123");
    assertThat(store.channelSecrets().withKey("session.accessJwt")).extracting(ChannelSecretStore.Entry::channelId)
        .containsExactly("bluesky-main", "bluesky-other");
  }

  @Test
  void removedValuesAreGone() {
    store.channelSecrets().put("x-main", "k", "value-1234", false, null, T0);

    store.channelSecrets().remove("x-main", "k");

    assertThat(store.channelSecrets().get("x-main", "k")).isEmpty();
  }

  @Test
  void secretValuesAreRedactedAndShownOnesAreNot() {
    store.channelSecrets().put("bluesky-main", "session.refreshJwt", "refresh-jwt-" + engine(), true, null, T0);
    store.channelSecrets().put("bluesky-main", "session.handle", "handle-" + engine() + ".bsky.social", false, null, T0);

    assertThat(Secrets.redact("token refresh-jwt-" + engine())).isEqualTo("token " + Secrets.MASK);
    assertThat(Secrets.redact("@handle-" + engine() + ".bsky.social")).isEqualTo("@handle-" + engine() + ".bsky.social");
    assertThat(store.channelSecrets().get("bluesky-main", "session.refreshJwt").orElseThrow().toString())
        .doesNotContain("refresh-jwt");
  }
}
