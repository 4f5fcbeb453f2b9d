package dev.herald.schedule;

import dev.herald.config.ChannelConfig;
import dev.herald.config.QuietHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Decides when a channel may publish its next post: not before {@code minSpacing} after the last
 * one (unless the post has priority), never inside quiet hours, and not past {@code maxPerDay} in
 * a calendar day of the outlet's timezone. Pure: the caller passes "now" and the channel's history.
 */
public final class SlotPlanner {

  private final ZoneId zone;

  public SlotPlanner(ZoneId zone) {
    this.zone = zone;
  }

  /** What the store knows about a channel's recent publishing. */
  public record History(Optional<Instant> lastPostedAt, int postedToday) {}

  /** The earliest instant at or after {@code now} when {@code channel} may publish a post. */
  public Instant nextSlot(ChannelConfig channel, Instant now, History history, boolean priority) {
    Instant candidate = now;
    if (!priority && history.lastPostedAt().isPresent()) {
      Instant spaced = history.lastPostedAt().get().plus(channel.minSpacing());
      if (spaced.isAfter(candidate)) candidate = spaced;
    }
    candidate = outsideQuietHours(channel.quietHours(), candidate);
    if (channel.maxPerDay() > 0 && history.postedToday() >= channel.maxPerDay() && sameDay(candidate, now)) {
      candidate = outsideQuietHours(channel.quietHours(), startOfNextDay(now));
    }
    return candidate;
  }

  /** True when the daily cap leaves no room today: the manager sees "cap reached" rather than a mystery wait. */
  public boolean capReached(ChannelConfig channel, History history) {
    return channel.maxPerDay() > 0 && history.postedToday() >= channel.maxPerDay();
  }

  /** The instant today's count starts from: local midnight in the outlet's timezone. */
  public Instant startOfDay(Instant now) {
    return now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
  }

  /**
   * A post is stale when its news is older than {@code maxAge} at publish time. Age runs from the
   * article's publication (when the feed gave a believable one) or else from when Herald queued it.
   */
  public static boolean isStale(Duration maxAge, Instant publishedAt, Instant queuedAt, Instant now) {
    Instant born = publishedAt != null && !publishedAt.isAfter(now) ? publishedAt : queuedAt;
    return Duration.between(born, now).compareTo(maxAge) > 0;
  }

  private Instant outsideQuietHours(QuietHours quiet, Instant at) {
    ZonedDateTime local = at.atZone(zone);
    if (!quiet.contains(local.toLocalTime())) return at;
    LocalDate endDate = local.toLocalDate();
    // A window across midnight that we are in before midnight ends tomorrow.
    if (!quiet.start().isBefore(quiet.end()) && !local.toLocalTime().isBefore(quiet.start())) {
      endDate = endDate.plusDays(1);
    }
    return localInstant(endDate, quiet.end());
  }

  private Instant localInstant(LocalDate date, LocalTime time) {
    // ZonedDateTime.of moves a time that falls in a DST gap forward, which is what we want.
    return ZonedDateTime.of(date, time, zone).toInstant();
  }

  private Instant startOfNextDay(Instant now) {
    return now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
  }

  private boolean sameDay(Instant a, Instant b) {
    return a.atZone(zone).toLocalDate().equals(b.atZone(zone).toLocalDate());
  }
}
