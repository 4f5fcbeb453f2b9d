package dev.herald.config;

import java.time.Duration;

/** Formats durations the way the config writes them (90s → "1m30s"), for messages and reports. */
public final class Durations {

  private Durations() {}

  /** Parses "30s", "2m", "1h", "1d", "1h30m" or ISO-8601 "PT2M"; throws IllegalArgumentException otherwise. */
  public static Duration parse(String text) {
    if (text == null) throw new IllegalArgumentException("duration == null");
    return Values.duration(text);
  }

  public static String format(Duration d) {
    if (d.isZero()) return "0s";
    var out = new StringBuilder();
    long s = d.getSeconds();
    if (s / 86400 > 0) out.append(s / 86400).append('d');
    if (s % 86400 / 3600 > 0) out.append(s % 86400 / 3600).append('h');
    if (s % 3600 / 60 > 0) out.append(s % 3600 / 60).append('m');
    if (s % 60 > 0 || out.isEmpty()) out.append(s % 60).append('s');
    return out.toString();
  }
}
