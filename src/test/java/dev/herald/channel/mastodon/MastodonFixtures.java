package dev.herald.channel.mastodon;

import dev.herald.card.Card;
import dev.herald.channel.OutgoingPost;
import dev.herald.config.ChannelConfig;
import dev.herald.config.HashtagSettings;
import dev.herald.config.QuietHours;
import dev.herald.config.Utm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

final class MastodonFixtures {

  private MastodonFixtures() {}

  static String json(String name) {
    try (var in = MastodonFixtures.class.getResourceAsStream("/channel/mastodon/" + name)) {
      if (in == null) throw new IllegalArgumentException("no fixture " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ChannelConfig config(Map<String, String> settings) {
    return new ChannelConfig("mastodon-main", "mastodon", true, null, null, Duration.ZERO, QuietHours.NONE, 0,
        Duration.ofHours(12), List.of(), Utm.OFF, new HashtagSettings(3, Map.of(), List.of()), settings);
  }

  static OutgoingPost post(Card card) {
    return new OutgoingPost(42, "mastodon-main", "संसद में बजट पेश 🇮🇳\n\nhttps://www.jaanojunction.com/budget-2026",
        "https://www.jaanojunction.com/budget-2026", "संसद में बजट पेश", "Budget day", "hi", card, "herald-42-abc");
  }

  static Card card() {
    return new Card(new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3}, "image/jpeg", 1200, 675, "Headline card: संसद में बजट पेश");
  }
}
