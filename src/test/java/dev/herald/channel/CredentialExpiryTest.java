package dev.herald.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CredentialExpiryTest {

  static final Instant NOW = Instant.parse("2026-12-02T06:00:00Z");

  @Test
  void aCredentialMoreThanSevenDaysAwayIsNoWarning() {
    assertThat(CredentialExpiry.warning(NOW.plus(Duration.ofDays(7)).plusSeconds(1), NOW)).isEmpty();
    assertThat(CredentialExpiry.warning(null, NOW)).isEmpty();
  }

  @Test
  void fromSevenDaysBeforeItSaysWhenWithTheDate() {
    assertThat(CredentialExpiry.warning(NOW.plus(Duration.ofDays(7)), NOW))
        .contains("credential expires in 7 days (2026-12-09 06:00 UTC): renew the token");
    assertThat(CredentialExpiry.warning(NOW.plus(Duration.ofHours(30)), NOW)).get().asString().contains("in 1 day");
    assertThat(CredentialExpiry.warning(NOW.plus(Duration.ofHours(2)), NOW)).get().asString().contains("in less than a day");
  }

  @Test
  void anExpiredCredentialSaysItExpired() {
    assertThat(CredentialExpiry.warning(NOW.minusSeconds(60), NOW)).contains("credential expired on 2026-12-02 05:59 UTC: renew the token");
  }
}
