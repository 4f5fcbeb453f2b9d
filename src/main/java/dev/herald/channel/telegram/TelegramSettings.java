package dev.herald.channel.telegram;

import dev.herald.config.ChannelConfig;
import java.net.URI;
import java.util.Locale;
import org.telegram.telegrambots.meta.TelegramUrl;

/** The Telegram keys of one channel, read and checked once when the channel is created. */
record TelegramSettings(TelegramUrl apiUrl, String botToken, String chatId, boolean button, boolean silent) {

  static final String DEFAULT_API = "https://api.telegram.org";

  static TelegramSettings from(ChannelConfig config) {
    return new TelegramSettings(
        telegramUrl(config),
        required(config, "botToken"),
        required(config, "chatId"),
        flag(config, "button", true),
        flag(config, "silent", false));
  }

  /** The public link of a message, when the chat has a public @username. */
  String messageUrl(String chat, int messageId) {
    return chat.startsWith("@") ? "https://t.me/" + chat.substring(1) + "/" + messageId : null;
  }

  // The client library builds every URL from scheme, host and port only: a path prefix cannot be honoured.
  private static TelegramUrl telegramUrl(ChannelConfig config) {
    var raw = config.setting("apiBaseUrl", DEFAULT_API).trim();
    URI uri;
    try {
      uri = URI.create(raw);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("channel " + config.id() + ": apiBaseUrl is not a URL: " + raw);
    }
    var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null)
      throw new IllegalArgumentException("channel " + config.id() + ": apiBaseUrl must be an http(s) URL: " + raw);
    var port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    return TelegramUrl.builder().schema(scheme).host(uri.getHost()).port(port).testServer(false).build();
  }

  private static boolean flag(ChannelConfig config, String key, boolean fallback) {
    var value = config.setting(key).map(v -> v.trim().toLowerCase(Locale.ROOT)).orElse(null);
    if (value == null) return fallback;
    if (value.equals("true") || value.equals("false")) return Boolean.parseBoolean(value);
    throw new IllegalArgumentException("channel " + config.id() + ": " + key + " must be true or false");
  }

  private static String required(ChannelConfig config, String key) {
    return config.setting(key).map(String::trim).orElseThrow(
        () -> new IllegalArgumentException("channel " + config.id() + ": " + key + " is required"));
  }

  @Override
  public String toString() {
    return "TelegramSettings[apiUrl=" + apiUrl + ", chatId=" + chatId + ", button=" + button + ", silent=" + silent + "]";
  }
}
