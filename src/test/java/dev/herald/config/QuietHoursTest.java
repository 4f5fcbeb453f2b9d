package dev.herald.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

  @Test
  void windowAcrossMidnightCoversLateNightAndEarlyMorning() {
    var quiet = new QuietHours(LocalTime.of(23, 0), LocalTime.of(6, 0));
    assertThat(quiet.contains(LocalTime.of(23, 30))).isTrue();
    assertThat(quiet.contains(LocalTime.of(5, 59))).isTrue();
    assertThat(quiet.contains(LocalTime.of(6, 0))).isFalse();
    assertThat(quiet.contains(LocalTime.of(12, 0))).isFalse();
  }

  @Test
  void sameDayWindowIsStartInclusiveEndExclusive() {
    var quiet = new QuietHours(LocalTime.of(1, 0), LocalTime.of(6, 0));
    assertThat(quiet.contains(LocalTime.of(1, 0))).isTrue();
    assertThat(quiet.contains(LocalTime.of(0, 59))).isFalse();
    assertThat(quiet.contains(LocalTime.of(6, 0))).isFalse();
  }

  @Test
  void noneNeverApplies() {
    assertThat(QuietHours.NONE.contains(LocalTime.MIDNIGHT)).isFalse();
    assertThat(QuietHours.NONE.contains(LocalTime.NOON)).isFalse();
  }
}
