package dev.herald.channel.x;

import dev.herald.config.ChannelConfig;
import java.util.Locale;

/** The X keys of one channel, read and checked once when the channel is created. */
record XSettings(
    String apiBaseUrl,
    String uploadBaseUrl,
    String apiKey,
    String apiSecret,
    String accessToken,
    String accessTokenSecret,
    MediaUpload mediaUpload,
    boolean thread,
    boolean reconcile) {

  enum MediaUpload { V2, V1_1 }

  static final String DEFAULT_API = "https://api.x.com";
  static final String DEFAULT_UPLOAD = "https://upload.twitter.com";

  static XSettings from(ChannelConfig config) {
    return new XSettings(
        trimSlash(config.setting("apiBaseUrl", DEFAULT_API)),
        trimSlash(config.setting("uploadBaseUrl", DEFAULT_UPLOAD)),
        required(config, "apiKey"),
        required(config, "apiSecret"),
        required(config, "accessToken"),
        required(config, "accessTokenSecret"),
        mediaUpload(config),
        flag(config, "thread", false),
        flag(config, "reconcile", false));
  }

  private static MediaUpload mediaUpload(ChannelConfig config) {
    return switch (config.setting("mediaUpload", "v2").trim().toLowerCase(Locale.ROOT)) {
      case "v2" -> MediaUpload.V2;
      case "v1.1" -> MediaUpload.V1_1;
      default -> throw new IllegalArgumentException(
          "channel " + config.id() + ": mediaUpload must be v2 or v1.1");
    };
  }

  static boolean flag(ChannelConfig config, String key, boolean fallback) {
    var value = config.setting(key).map(v -> v.trim().toLowerCase(Locale.ROOT)).orElse(null);
    if (value == null) return fallback;
    if (value.equals("true") || value.equals("false")) return Boolean.parseBoolean(value);
    throw new IllegalArgumentException("channel " + config.id() + ": " + key + " must be true or false");
  }

  private static String required(ChannelConfig config, String key) {
    return config.setting(key).orElseThrow(
        () -> new IllegalArgumentException("channel " + config.id() + ": " + key + " is required"));
  }

  private static String trimSlash(String url) {
    var trimmed = url.trim();
    return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
  }
}
