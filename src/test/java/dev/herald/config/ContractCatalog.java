package dev.herald.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The channel types of CONTRACT.md as the config loader sees them: keys, required credentials, secrets. No platform code. */
final class ContractCatalog {

  static final List<String> CARDS = List.of("landscape", "og", "square", "portrait", "story");

  private ContractCatalog() {}

  static ChannelCatalog contractTypes() {
    var x = Set.of("apiKey", "apiSecret", "accessToken", "accessTokenSecret");
    var types = new LinkedHashMap<String, ChannelType>();
    add(types, "x", SettingsSchema.untyped(
        Set.of("apiBaseUrl", "uploadBaseUrl", "apiKey", "apiSecret", "accessToken", "accessTokenSecret", "mediaUpload"), x, x), "landscape");
    add(types, "telegram", SettingsSchema.of(
        Setting.url("apiBaseUrl", "https://api.telegram.org"),
        Setting.text("botToken").required().secret(),
        Setting.text("chatId").required(),
        Setting.bool("silent", false)), "landscape");
    add(types, "mastodon", SettingsSchema.untyped(Set.of("apiBaseUrl", "accessToken"), Set.of("apiBaseUrl", "accessToken"),
        Set.of("accessToken")), "landscape");
    add(types, "bluesky", SettingsSchema.untyped(Set.of("apiBaseUrl", "identifier", "appPassword"),
        Set.of("identifier", "appPassword"), Set.of("appPassword")), "square");
    add(types, "preview", SettingsSchema.untyped(Set.of("dir"), Set.of("dir"), Set.of()), "og");
    return new ChannelCatalog(types, CARDS);
  }

  /** No channel types at all, but the card layouts. */
  static ChannelCatalog none() {
    return new ChannelCatalog(Map.of(), CARDS);
  }

  private static void add(Map<String, ChannelType> types, String type, SettingsSchema settings, String card) {
    types.put(type, new ChannelType(type, settings, card));
  }
}
