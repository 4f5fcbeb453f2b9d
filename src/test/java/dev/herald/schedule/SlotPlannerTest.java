package dev.herald.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.config.ChannelConfig;
import dev.herald.config.HashtagSettings;
import dev.herald.config.QuietHours;
import dev.herald.config.Utm;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlotPlannerTest {

  private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
  private final SlotPlanner planner = new SlotPlanner(KOLKATA);

  static ChannelConfig channel(Duration spacing, QuietHours quiet, int maxPerDay) {
    return new ChannelConfig("x-main", "x", true, null, "landscape", spacing, quiet, maxPerDay,
        Duration.ofHours(12), List.of(), Utm.OFF, new HashtagSettings(2, Map.of(), List.of()), Map.of());
  }

  private static Instant ist(int day, int hour, int minute) {
    return ZonedDateTime.of(2026, 11, day, hour, minute, 0, 0, KOLKATA).toInstant();
  }

  private static SlotPlanner.History lastAt(Instant last, int today) {
    return new SlotPlanner.History(Optional.of(last), today);
  }

  @Test
  void firstPostOfAnIdleChannelGoesNow() {
    var now = ist(27, 12, 0);
    var slot = planner.nextSlot(channel(Duration.ofMinutes(10), QuietHours.NONE, 0), now,
        new SlotPlanner.History(Optional.empty(), 0), false);
    assertThat(slot).isEqualTo(now);
  }

  @Test
  void spacingPushesTheNextPostAfterTheLastOne() {
    var slot = planner.nextSlot(channel(Duration.ofMinutes(10), QuietHours.NONE, 0), ist(27, 12, 3),
        lastAt(ist(27, 12, 0), 1), false);
    assertThat(slot).isEqualTo(ist(27, 12, 10));
  }

  @Test
  void priorityJumpsTheSpacing() {
    var now = ist(27, 12, 3);
    var slot = planner.nextSlot(channel(Duration.ofMinutes(10), QuietHours.NONE, 0), now,
        lastAt(ist(27, 12, 0), 1), true);
    assertThat(slot).isEqualTo(now);
  }

  @Test
  void quietHoursAcrossMidnightWaitUntilMorningInTheOutletTimezone() {
    var quiet = new QuietHours(LocalTime.of(23, 0), LocalTime.of(6, 0));
    var channel = channel(Duration.ZERO, quiet, 0);
    var beforeMidnight = planner.nextSlot(channel, ist(27, 23, 30), new SlotPlanner.History(Optional.empty(), 0), false);
    var afterMidnight = planner.nextSlot(channel, ist(28, 2, 0), new SlotPlanner.History(Optional.empty(), 0), false);
    assertThat(beforeMidnight).isEqualTo(ist(28, 6, 0));
    assertThat(afterMidnight).isEqualTo(ist(28, 6, 0));
  }

  @Test
  void spacingThatLandsInQuietHoursMovesToTheirEnd() {
    var quiet = new QuietHours(LocalTime.of(1, 0), LocalTime.of(6, 0));
    var slot = planner.nextSlot(channel(Duration.ofMinutes(30), quiet, 0), ist(28, 0, 45),
        lastAt(ist(28, 0, 40), 3), false);
    assertThat(slot).isEqualTo(ist(28, 6, 0));
  }

  @Test
  void priorityStillRespectsQuietHours() {
    var quiet = new QuietHours(LocalTime.of(1, 0), LocalTime.of(6, 0));
    var slot = planner.nextSlot(channel(Duration.ofMinutes(30), quiet, 0), ist(28, 3, 0),
        lastAt(ist(28, 0, 40), 3), true);
    assertThat(slot).isEqualTo(ist(28, 6, 0));
  }

  @Test
  void dailyCapWaitsForTheNextLocalDay() {
    var channel = channel(Duration.ZERO, QuietHours.NONE, 3);
    var history = lastAt(ist(27, 20, 0), 3);
    assertThat(planner.capReached(channel, history)).isTrue();
    assertThat(planner.nextSlot(channel, ist(27, 21, 0), history, false)).isEqualTo(ist(28, 0, 0));
  }

  @Test
  void dailyCapAndMorningQuietHoursCombine() {
    var channel = channel(Duration.ZERO, new QuietHours(LocalTime.of(23, 0), LocalTime.of(6, 0)), 3);
    assertThat(planner.nextSlot(channel, ist(27, 21, 0), lastAt(ist(27, 20, 0), 3), false)).isEqualTo(ist(28, 6, 0));
  }

  @Test
  void dayBoundaryIsLocalMidnightNotUtc() {
    // 00:30 IST on the 28th is still the 27th in UTC: the count must restart anyway.
    assertThat(planner.startOfDay(ist(28, 0, 30))).isEqualTo(ist(28, 0, 0));
  }

  @Test
  void staleUsesPublicationTimeAndFallsBackToQueueTime() {
    var now = ist(27, 12, 0);
    assertThat(SlotPlanner.isStale(Duration.ofHours(12), ist(26, 23, 0), now, now)).isTrue();
    assertThat(SlotPlanner.isStale(Duration.ofHours(12), ist(27, 1, 0), now, now)).isFalse();
    // A publication date in the future is not believed.
    assertThat(SlotPlanner.isStale(Duration.ofHours(12), ist(29, 0, 0), ist(26, 23, 0), now)).isTrue();
    assertThat(SlotPlanner.isStale(Duration.ofHours(12), null, ist(27, 11, 0), now)).isFalse();
  }
}
