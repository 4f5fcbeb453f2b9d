package dev.herald.channel.x;

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
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;

/** Shared fixtures for the X tests: config, context, posts and canned X answers from files. */
final class XFakes {

  static final String API_KEY = "xvz1evFS4wEEPTGEFPHBog";
  static final String API_SECRET = "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw";
  static final String ACCESS_TOKEN = "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb";
  static final String ACCESS_SECRET = "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE";
  static final Instant NOW = Instant.parse("2026-11-27T21:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private XFakes() {}

  static ChannelConfig config(MockWebServer server, Map<String, String> extra) {
    var base = server.url("/").toString().replaceAll("/$", "");
    var settings = new HashMap<>(Map.of(
        "apiBaseUrl", base, "uploadBaseUrl", base,
        "apiKey", API_KEY, "apiSecret", API_SECRET,
        "accessToken", ACCESS_TOKEN, "accessTokenSecret", ACCESS_SECRET));
    settings.putAll(extra);
    return new ChannelConfig("x-main", "x", true, null, "landscape", Duration.ofMinutes(10), QuietHours.NONE,
        40, Duration.ofHours(12), List.of(), Utm.OFF, new HashtagSettings(2, Map.of(), List.of()), settings);
  }

  static ChannelContext context() {
    var outlet = new Outlet("Jaano Junction", "https://www.jaanojunction.com", "en", ZoneId.of("Asia/Kolkata"),
        "@jaanojunction", null);
    return new ChannelContext(HttpClients.shared(), CLOCK, outlet);
  }

  static final byte[] CARD_BYTES = "\u00ff\u00d8\u00ff\u00e0 fake jpeg card bytes \u00ff\u00d9".getBytes(StandardCharsets.ISO_8859_1);

  static Card card(String alt) {
    return new Card(CARD_BYTES, "image/jpeg", 1200, 675, alt);
  }

  static OutgoingPost post(String text, Card card) {
    return new OutgoingPost(7, "x-main", text, "https://www.jaanojunction.com/monsoon-kerala", "Monsoon reaches Kerala",
        "The IMD said…", "en", card, "post-7");
  }

  static MockResponse json(int code, String fixture) {
    return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json; charset=utf-8")
        .setBody(fixture(fixture));
  }

  static String fixture(String name) {
    try (var in = XFakes.class.getResourceAsStream("/channel/x/" + name)) {
      if (in == null) throw new IllegalArgumentException("no fixture " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
