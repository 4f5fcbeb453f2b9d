package dev.herald.fake;

import dev.herald.card.Card;
import dev.herald.channel.ChannelContext;
import dev.herald.channel.HttpClients;
import dev.herald.channel.OutgoingPost;
import dev.herald.config.ChannelConfig;
import dev.herald.config.HashtagSettings;
import dev.herald.config.QuietHours;
import dev.herald.config.Utm;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A channel config, a Hindi post with its card, and a context on the shared client, for the platform tests. */
public final class PlatformFixtures {

  public static final String LINK = "https://www.jaanojunction.com/budget-2026";
  public static final String HINDI = "संसद में बजट पेश 🇮🇳";

  private PlatformFixtures() {}

  public static ChannelConfig config(String id, String type, Map<String, String> settings) {
    return new ChannelConfig(id, type, true, null, null, Duration.ZERO, QuietHours.NONE, 0,
        Duration.ofHours(12), List.of(), Utm.OFF, new HashtagSettings(3, Map.of(), List.of()), settings);
  }

  public static OutgoingPost post(String channelId, Card card) {
    return new OutgoingPost(42, channelId, HINDI + "\n\n" + LINK, LINK, "संसद में बजट पेश", "Budget day", "hi", card,
        "herald-42-abc");
  }

  /** A tiny JPEG-looking card: the fakes check the magic bytes, not the picture. */
  public static Card card() {
    return new Card(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3}, "image/jpeg", 1200, 675,
        "Headline card: संसद में बजट पेश");
  }

  /** The shared client with a two-second read timeout, so a fake that never answers shows a lost answer quickly. */
  public static ChannelContext context(Clock clock) {
    return new ChannelContext(HttpClients.shared().newBuilder().readTimeout(Duration.ofSeconds(2)).build(), clock, null);
  }
}
