package dev.herald.config;

/** What the config loader knows of one channel type: its platform keys and the card layout it uses by default. */
public record ChannelType(String type, SettingsSchema settings, String defaultCard) {}
