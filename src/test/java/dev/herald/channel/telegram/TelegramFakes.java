package dev.herald.channel.telegram;

import dev.herald.card.Card;
import dev.herald.channel.ChannelContext;
import dev.herald.channel.HttpClients;
import dev.herald.channel.OutgoingPost;
import dev.herald.config.ChannelConfig;
import dev.herald.config.HashtagSettings;
import dev.herald.config.Outlet;
import dev.herald.config.QuietHours;
import dev.herald.config.Utm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;

/** Shared fixtures for the Telegram tests: config, context, posts and canned Bot API answers from files. */
final class TelegramFakes {

  static final String TOKEN = "7012345678:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
  static final String LINK = "https://www.jaanojunction.com/monsoon-kerala";
  static final byte[] CARD_BYTES = "\u0089PNG fake card bytes IEND".getBytes(StandardCharsets.ISO_8859_1);

  private TelegramFakes() {}

  static ChannelConfig config(MockWebServer server, Map<String, String> extra) {
    var settings = new HashMap<>(Map.of(
        "apiBaseUrl", server.url("/").toString(), "botToken", TOKEN, "chatId", "@jaanojunction"));
    settings.putAll(extra);
    return new ChannelConfig("telegram-main", "telegram", true, null, "landscape", Duration.ofMinutes(5),
        QuietHours.NONE, 40, Duration.ofHours(12), List.of(), Utm.OFF, new HashtagSettings(2, Map.of(), List.of()),
        settings);
  }

  static ChannelContext context() {
    var outlet = new Outlet("Jaano Junction", "https://www.jaanojunction.com", "en", ZoneId.of("Asia/Kolkata"),
        "@jaanojunction", null);
    return new ChannelContext(HttpClients.shared(), Clock.fixed(Instant.parse("2026-11-27T21:00:00Z"), ZoneOffset.UTC), outlet);
  }

  static Card card() {
    return new Card(CARD_BYTES, "image/png", 1200, 675, "A flooded street in Kochi");
  }

  static OutgoingPost post(String text, Card card) {
    return new OutgoingPost(9, "telegram-main", text, LINK, "Monsoon reaches Kerala", "The IMD said…", "hi", card, "post-9");
  }

  static MockResponse json(int code, String fixture) {
    return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json")
        .setBody(fixture(fixture));
  }

  static String fixture(String name) {
    try (var in = TelegramFakes.class.getResourceAsStream("/channel/telegram/" + name)) {
      if (in == null) throw new IllegalArgumentException("no fixture " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The content of one multipart/form-data part, or null when the body has no such part. */
  static String part(String multipart, String name) {
    var m = Pattern.compile("name=\"" + Pattern.quote(name) + "\"(?:; filename=\"[^\"]*\")?\r\n(?:[^\r\n]+\r\n)*\r\n(.*?)\r\n--",
        Pattern.DOTALL).matcher(multipart);
    return m.find() ? m.group(1) : null;
  }
}
