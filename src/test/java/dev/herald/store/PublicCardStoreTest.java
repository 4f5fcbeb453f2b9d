package dev.herald.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Cards served to Instagram and Threads: found by id until they expire, then gone from the table. */
@OnEveryEngine
class PublicCardStoreTest extends StoreTestBase {


  static final PublicCardStore.Image JPEG = new PublicCardStore.Image(new byte[] {(byte) 0xFF, (byte) 0xD8, 7}, "image/jpeg");

  @Test
  void aCardIsServedUntilItsExpiryAndNotAfter() {
    store.publicCards().put("abc", JPEG, T0, T0.plus(Duration.ofHours(48)));

    assertThat(store.publicCards().get("abc", T0.plus(Duration.ofHours(47))))
        .hasValueSatisfying(image -> {
          assertThat(image.bytes()).isEqualTo(JPEG.bytes());
          assertThat(image.mime()).isEqualTo("image/jpeg");
        });
    assertThat(store.publicCards().get("abc", T0.plus(Duration.ofHours(48)))).isEmpty();
    assertThat(store.publicCards().get("unknown", T0)).isEmpty();
  }

  @Test
  void storingACardDropsTheExpiredOnes() {
    store.publicCards().put("old", JPEG, T0, T0.plus(Duration.ofHours(48)));
    store.publicCards().put("new", JPEG, T0.plus(Duration.ofHours(49)), T0.plus(Duration.ofHours(97)));

    int rows = db.withConnection(c -> Jdbc.query(c, "SELECT id FROM public_card", row -> row.getString("id"), new Object[0]).size());
    assertThat(rows).isEqualTo(1);
  }
}
