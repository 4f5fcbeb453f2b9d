package dev.herald.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(30), new Random(7));

  @Test
  void delaysDoubleWithJitterWithinTheirBand() {
    for (int attempt = 1; attempt <= 5; attempt++) {
      long ceiling = 30_000L << (attempt - 1);
      Duration d = backoff.delay(attempt, Optional.empty());
      assertThat(d.toMillis()).isBetween(ceiling / 2, ceiling);
    }
  }

  @Test
  void delaysNeverExceedTheCap() {
    assertThat(backoff.delay(40, Optional.empty())).isLessThanOrEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void thePlatformsHintIsHonouredAsGivenShorterOrLonger() {
    assertThat(backoff.delay(1, Optional.of(Duration.ofMinutes(15)))).isEqualTo(Duration.ofMinutes(15));
    assertThat(backoff.delay(3, Optional.of(Duration.ofSeconds(1)))).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void aFiveSecondBaseRetriesFirstWithinFiveSeconds() {
    var defaults = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(30), new Random(7));
    assertThat(defaults.delay(1, Optional.empty())).isBetween(Duration.ofMillis(2500), Duration.ofSeconds(5));
  }

  @Test
  void nonsenseArgumentsAreRefused() {
    assertThatThrownBy(() -> backoff.delay(0, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), new Random()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
