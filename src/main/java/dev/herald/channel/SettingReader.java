package dev.herald.channel;

import dev.herald.config.ChannelConfig;
import dev.herald.config.Secrets;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * Reads one channel's platform keys for its provider's {@code create}, throwing
 * IllegalArgumentException that names the channel and the key, so {@code check} and {@code run}
 * say which value to fix.
 */
public final class SettingReader {

  private final ChannelConfig config;

  public SettingReader(ChannelConfig config) {
    this.config = config;
  }

  public String required(String key) {
    return config.setting(key).map(String::strip).orElseThrow(() -> invalid(key, "is required"));
  }

  /** A required secret, registered for redaction before anything can log it. */
  public String secret(String key) {
    String value = required(key);
    Secrets.register(value);
    return value;
  }

  public String optional(String key, String fallback) {
    return config.setting(key, fallback).strip();
  }

  public String oneOf(String key, String fallback, Set<String> allowed) {
    String value = optional(key, fallback);
    if (!allowed.contains(value)) throw invalid(key, "must be one of " + String.join(", ", allowed.stream().sorted().toList()) + ", not '" + value + "'");
    return value;
  }

  /** An http(s) URL without a trailing slash. */
  public String url(String key, String fallback) {
    String value = optional(key, fallback);
    HttpUrl url = HttpUrl.parse(value);
    if (url == null) throw invalid(key, "is not an http(s) URL: " + value);
    return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
  }

  /** Digits only, as Meta and LinkedIn ids are; a pasted URL or handle would fail every post. */
  public String numericId(String key) {
    String value = required(key);
    if (!value.matches("\\d{1,30}")) throw invalid(key, "must be the numeric id, not '" + value + "'");
    return value;
  }

  public IllegalArgumentException invalid(String key, String problem) {
    return new IllegalArgumentException("channel " + config.id() + ": " + key + " " + problem);
  }
}
