package dev.herald.config;

/**
 * What the config loader knows of one channel type: its platform keys, the card layout it uses by default, and
 * whether it fetches cards by URL (so {@code publicBaseUrl} and the admin server are required).
 */
public record ChannelType(String type, SettingsSchema settings, String defaultCard, boolean needsPublicCards) {

  public ChannelType(String type, SettingsSchema settings, String defaultCard) {
    this(type, settings, defaultCard, false);
  }
}
