package dev.herald.channel.telegram;

import dev.herald.config.ChannelConfig;
import dev.herald.config.PlatformSettings;
import dev.herald.config.Setting;
import dev.herald.config.SettingsSchema;
import java.net.URI;
import java.util.Locale;
import org.telegram.telegrambots.meta.TelegramUrl;

/** The Telegram keys of one channel: declared once in {@link #SCHEMA} (checked by {@code check}), read typed when the channel is created. */
record TelegramSettings(TelegramUrl apiUrl, String botToken, String chatId, boolean button, boolean silent) {

  static final String DEFAULT_API = "https://api.telegram.org";

  static final SettingsSchema SCHEMA = SettingsSchema.of(
      Setting.url("apiBaseUrl", DEFAULT_API),
      Setting.text("botToken").required().secret(),
      Setting.text("chatId").required(),
      Setting.bool("button", true),
      Setting.bool("silent", false));

  /** @throws IllegalArgumentException naming the key when a setting is missing or malformed */
  static TelegramSettings from(ChannelConfig config) {
    PlatformSettings s = SCHEMA.read(config);
    return new TelegramSettings(telegramUrl(s.url("apiBaseUrl")), s.text("botToken"), s.text("chatId"), s.bool("button"),
        s.bool("silent"));
  }

  /** The public link of a message, when the chat has a public @username. */
  String messageUrl(String chat, int messageId) {
    return chat.startsWith("@") ? "https://t.me/" + chat.substring(1) + "/" + messageId : null;
  }

  // The client library builds every URL from scheme, host and port only: a path prefix cannot be honoured.
  private static TelegramUrl telegramUrl(String checkedUrl) {
    URI uri = URI.create(checkedUrl);
    var scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    var port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    return TelegramUrl.builder().schema(scheme).host(uri.getHost()).port(port).testServer(false).build();
  }

  @Override
  public String toString() {
    return "TelegramSettings[apiUrl=" + apiUrl + ", chatId=" + chatId + ", button=" + button + ", silent=" + silent + "]";
  }
}
