package dev.herald.config;

import java.util.List;
import java.util.Locale;

/**
 * One platform key a channel type accepts, as its provider declares it: the value's kind, its
 * default, whether it must be given, whether it is a secret, and for enums, numbers and durations
 * what is allowed. The config loader checks every value against it (so {@code check} reports a bad
 * one with its key path and line); {@link PlatformSettings} reads the checked values typed.
 *
 * <pre>{@code
 * Setting.url("apiBaseUrl", "https://api.telegram.org"),
 * Setting.text("botToken").required().secret(),
 * Setting.bool("silent", false),
 * Setting.choice("visibility", "public", "public", "unlisted", "private"),
 * Setting.integer("maxCharacters", 500, 1, 100_000)
 * }</pre>
 */
public record Setting(
    String key, Kind kind, String defaultValue, boolean isRequired, boolean isSecret, List<String> choices, long min, long max) {

  /** What a value must look like. Booleans are strict: only {@code true} or {@code false} (YAML's {@code yes} is a string). */
  public enum Kind { TEXT, URL, CHOICE, INTEGER, BOOL, DURATION }

  public Setting {
    if (key == null || key.isBlank()) throw new IllegalArgumentException("key is required");
    choices = List.copyOf(choices);
    if (defaultValue != null) normalize(kind, defaultValue, choices, min, max);
  }

  public static Setting text(String key) {
    return new Setting(key, Kind.TEXT, null, false, false, List.of(), 0, 0);
  }

  public static Setting text(String key, String defaultValue) {
    return new Setting(key, Kind.TEXT, defaultValue, false, false, List.of(), 0, 0);
  }

  /** An absolute http(s) URL with a host. */
  public static Setting url(String key, String defaultValue) {
    return new Setting(key, Kind.URL, defaultValue, false, false, List.of(), 0, 0);
  }

  /** One of {@code choices}, compared without case. */
  public static Setting choice(String key, String defaultValue, String... choices) {
    return new Setting(key, Kind.CHOICE, defaultValue, false, false, List.of(choices), 0, 0);
  }

  public static Setting integer(String key, long defaultValue, long min, long max) {
    return new Setting(key, Kind.INTEGER, Long.toString(defaultValue), false, false, List.of(), min, max);
  }

  public static Setting bool(String key, boolean defaultValue) {
    return new Setting(key, Kind.BOOL, Boolean.toString(defaultValue), false, false, List.of(), 0, 0);
  }

  /** A duration like {@code 30s}, {@code 5m}, {@code 1h} or {@code PT2M}, between {@code minSeconds} and {@code maxSeconds}. */
  public static Setting duration(String key, String defaultValue, long minSeconds, long maxSeconds) {
    return new Setting(key, Kind.DURATION, defaultValue, false, false, List.of(), minSeconds, maxSeconds);
  }

  /** Must be present and non-blank on an enabled channel. */
  public Setting required() {
    return new Setting(key, kind, defaultValue, true, isSecret, choices, min, max);
  }

  /** Redacted everywhere (logs, errors, status, UI). */
  public Setting secret() {
    return new Setting(key, kind, defaultValue, isRequired, true, choices, min, max);
  }

  /** The value as Herald keeps it (trimmed; a choice lower-cased); throws IllegalArgumentException when it is not {@link #expected()}. */
  public String normalize(String raw) {
    return normalize(kind, raw, choices, min, max);
  }

  /** How a problem names what the value should have been. */
  public String expected() {
    return switch (kind) {
      case TEXT -> "text";
      case URL -> "an http(s) URL like https://example.com";
      case CHOICE -> "one of " + String.join(", ", choices);
      case INTEGER -> "a whole number from " + min + " to " + max;
      case BOOL -> "true or false";
      case DURATION -> "a duration like 30s, 5m, 1h or PT2M, from " + Durations.format(java.time.Duration.ofSeconds(min))
          + " to " + Durations.format(java.time.Duration.ofSeconds(max));
    };
  }

  private static String normalize(Kind kind, String raw, List<String> choices, long min, long max) {
    String text = raw.strip();
    return switch (kind) {
      case TEXT -> text;
      case URL -> Values.httpUrl(text);
      case CHOICE -> {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!choices.contains(lower)) throw new IllegalArgumentException(raw);
        yield lower;
      }
      case INTEGER -> {
        long n = Long.parseLong(text);
        if (n < min || n > max) throw new IllegalArgumentException(raw);
        yield Long.toString(n);
      }
      case BOOL -> {
        if (!text.equals("true") && !text.equals("false")) throw new IllegalArgumentException(raw);
        yield text;
      }
      case DURATION -> {
        long seconds = Values.duration(text).getSeconds();
        if (seconds < min || seconds > max) throw new IllegalArgumentException(raw);
        yield text;
      }
    };
  }
}
