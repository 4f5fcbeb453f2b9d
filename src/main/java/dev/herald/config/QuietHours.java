package dev.herald.config;

import java.time.LocalTime;

/**
 * A daily window, in the outlet's timezone, when a channel does not publish. May cross midnight
 * ("23:00-06:00"). {@link #NONE} never applies.
 */
public record QuietHours(LocalTime start, LocalTime end) {

  public static final QuietHours NONE = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

  public boolean isNone() {
    return start.equals(end);
  }

  /** True when {@code time} falls inside the window (start inclusive, end exclusive). */
  public boolean contains(LocalTime time) {
    if (isNone()) return false;
    if (start.isBefore(end)) return !time.isBefore(start) && time.isBefore(end);
    return !time.isBefore(start) || time.isBefore(end);
  }
}
