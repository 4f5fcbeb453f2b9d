package dev.herald.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.card.Card;
import dev.herald.source.FetchState;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Source poll state, channel pause state and stored cards. */
@OnEveryEngine
class StateStoresTest extends StoreTestBase {


  @Test
  void aSourceNeverPolledIsFreshAndUnprimed() {
    SourceState state = store.sources().get("main");

    assertThat(state).isEqualTo(SourceState.fresh("main"));
    assertThat(state.primed()).isFalse();
    assertThat(state.fetchState()).isEqualTo(FetchState.NONE);
  }

  @Test
  void savingASourceStateTwiceReplacesIt() {
    var first = new SourceState("main", "\"abc\"", "Wed, 27 Nov 2026 06:00:00 GMT", true, T0, T0, null, 20);
    var second = new SourceState("main", "\"def\"", null, true, T0.plusSeconds(120), T0, "503 from feed", 25);

    store.sources().save(first);
    assertThat(store.sources().get("main")).isEqualTo(first);
    store.sources().save(second);

    assertThat(store.sources().get("main")).isEqualTo(second);
    assertThat(store.sources().get("main").fetchState()).isEqualTo(new FetchState("\"def\"", null));
    assertThat(store.sources().get("hindi").primed()).isFalse();
  }

  @Test
  void aChannelIsActiveUntilPausedAndActiveAgainAfterResume() {
    assertThat(store.channels().get("x-main")).isEqualTo(ChannelState.active("x-main"));

    store.channels().pause("x-main", "401 Unauthorized: check apiKey", T0);
    assertThat(store.channels().get("x-main"))
        .isEqualTo(new ChannelState("x-main", true, "401 Unauthorized: check apiKey", T0));

    store.channels().pause("x-main", "still 401", T0.plusSeconds(60));
    assertThat(store.channels().get("x-main").pauseReason()).isEqualTo("still 401");

    store.channels().resume("x-main");
    assertThat(store.channels().get("x-main").paused()).isFalse();
    store.channels().resume("telegram-main");
    assertThat(store.channels().get("telegram-main").paused()).isFalse();
  }

  @Test
  void aCardRoundTripsByteForByteAndTheFirstStoredWins() {
    long article = newArticle();
    byte[] jpeg = new byte[600_000];
    new Random(42).nextBytes(jpeg);
    var card = new Card(jpeg, "image/jpeg", 1200, 675, "शीर्षक: नैनीताल में आग");

    store.cards().put(article, "landscape", card);
    store.cards().put(article, "landscape", new Card(new byte[] {1}, "image/png", 1, 1, "other"));

    Card stored = store.cards().get(article, "landscape").orElseThrow();
    assertThat(stored.bytes()).isEqualTo(jpeg);
    assertThat(stored.mime()).isEqualTo("image/jpeg");
    assertThat(stored.width()).isEqualTo(1200);
    assertThat(stored.height()).isEqualTo(675);
    assertThat(stored.altText()).isEqualTo("शीर्षक: नैनीताल में आग");
    assertThat(store.cards().get(article, "square")).isEmpty();
  }
}
