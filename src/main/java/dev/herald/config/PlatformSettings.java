package dev.herald.config;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * One channel's platform keys, checked against its {@link SettingsSchema} and with defaults filled
 * in, read typed: {@code settings.url("apiBaseUrl")}, {@code settings.bool("silent")}. Asking for a
 * key the schema gave no value and no default is a programming error.
 */
public record PlatformSettings(String channelId, Map<String, String> values) {

  public PlatformSettings {
    values = Map.copyOf(values);
  }

  public Optional<String> optional(String key) {
    return Optional.ofNullable(values.get(key));
  }

  public String text(String key) {
    return optional(key).orElseThrow(() -> new IllegalStateException("channel " + channelId + ": no value for " + key));
  }

  /** The URL without a trailing slash, so paths can be appended. */
  public String url(String key) {
    String url = text(key).strip();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  public boolean bool(String key) {
    return Boolean.parseBoolean(text(key));
  }

  public long integer(String key) {
    return Long.parseLong(text(key));
  }

  public Duration duration(String key) {
    return Durations.parse(text(key));
  }

  @Override
  public String toString() {
    return "PlatformSettings[" + channelId + "]"; // values hold secrets
  }
}
