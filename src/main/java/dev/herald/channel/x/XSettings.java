package dev.herald.channel.x;

import dev.herald.config.ChannelConfig;
import dev.herald.config.PlatformSettings;
import dev.herald.config.Setting;
import dev.herald.config.SettingsSchema;

/** The X keys of one channel: declared once in {@link #SCHEMA} (checked by {@code check}), read typed when the channel is created. */
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

  static final SettingsSchema SCHEMA = SettingsSchema.of(
      Setting.url("apiBaseUrl", DEFAULT_API),
      Setting.url("uploadBaseUrl", DEFAULT_UPLOAD),
      Setting.text("apiKey").required().secret(),
      Setting.text("apiSecret").required().secret(),
      Setting.text("accessToken").required().secret(),
      Setting.text("accessTokenSecret").required().secret(),
      Setting.choice("mediaUpload", "v2", "v2", "v1.1"),
      Setting.bool("thread", false),
      Setting.bool("reconcile", false));

  /** @throws IllegalArgumentException naming the key when a setting is missing or malformed */
  static XSettings from(ChannelConfig config) {
    PlatformSettings s = SCHEMA.read(config);
    return new XSettings(
        s.url("apiBaseUrl"),
        s.url("uploadBaseUrl"),
        s.text("apiKey"),
        s.text("apiSecret"),
        s.text("accessToken"),
        s.text("accessTokenSecret"),
        s.text("mediaUpload").equals("v2") ? MediaUpload.V2 : MediaUpload.V1_1,
        s.bool("thread"),
        s.bool("reconcile"));
  }

  @Override
  public String toString() {
    return "XSettings[apiBaseUrl=" + apiBaseUrl + ", uploadBaseUrl=" + uploadBaseUrl + ", mediaUpload=" + mediaUpload
        + ", thread=" + thread + ", reconcile=" + reconcile + "]";
  }
}
