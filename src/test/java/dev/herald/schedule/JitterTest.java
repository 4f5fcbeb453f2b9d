package dev.herald.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** Poll intervals are lengthened by up to a fiftieth (ten seconds at most), so sources with the same interval drift apart. */
class JitterTest {

  @Test
  void theExtraStaysWithinAFiftiethOfTheIntervalAndTenSecondsAndVaries() {
    var seen = new HashSet<Duration>();
    for (int i = 0; i < 500; i++) {
      Duration fast = QuartzDaemon.jitter(Duration.ofMillis(500));
      Duration slow = QuartzDaemon.jitter(Duration.ofHours(1));
      assertThat(fast).isBetween(Duration.ZERO, Duration.ofMillis(10));
      assertThat(slow).isBetween(Duration.ZERO, QuartzDaemon.MAX_JITTER);
      seen.add(slow);
    }
    assertThat(seen).as("random, not one fixed delay").hasSizeGreaterThan(100);
    assertThat(QuartzDaemon.jitter(Duration.ZERO)).isZero();
  }
}
