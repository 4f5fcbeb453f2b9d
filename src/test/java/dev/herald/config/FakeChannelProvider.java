package dev.herald.config;

import dev.herald.card.CardLayout;
import dev.herald.channel.Channel;
import dev.herald.channel.ChannelContext;
import dev.herald.channel.ChannelProvider;
import dev.herald.compose.TextRules;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A provider that only declares keys, shaped like the CONTRACT's platforms; it never builds a channel. */
record FakeChannelProvider(String type, Set<String> keys, Set<String> requiredKeys, Set<String> secretKeys, CardLayout defaultCard)
    implements ChannelProvider {

  /** The five platform types of CONTRACT.md with their keys, required credentials and secrets. */
  static Map<String, ChannelProvider> contractTypes() {
    var x = Set.of("apiKey", "apiSecret", "accessToken", "accessTokenSecret");
    var providers = new LinkedHashMap<String, ChannelProvider>();
    add(providers, new FakeChannelProvider("x",
        Set.of("apiBaseUrl", "uploadBaseUrl", "apiKey", "apiSecret", "accessToken", "accessTokenSecret", "mediaUpload"),
        x, x, CardLayout.LANDSCAPE));
    add(providers, new FakeChannelProvider("telegram",
        Set.of("apiBaseUrl", "botToken", "chatId"), Set.of("botToken", "chatId"), Set.of("botToken"), CardLayout.LANDSCAPE));
    add(providers, new FakeChannelProvider("mastodon",
        Set.of("apiBaseUrl", "accessToken"), Set.of("apiBaseUrl", "accessToken"), Set.of("accessToken"), CardLayout.LANDSCAPE));
    add(providers, new FakeChannelProvider("bluesky",
        Set.of("apiBaseUrl", "identifier", "appPassword"), Set.of("identifier", "appPassword"), Set.of("appPassword"), CardLayout.SQUARE));
    add(providers, new FakeChannelProvider("preview", Set.of("dir"), Set.of("dir"), Set.of(), CardLayout.OG));
    return providers;
  }

  private static void add(Map<String, ChannelProvider> providers, ChannelProvider provider) {
    providers.put(provider.type(), provider);
  }

  @Override
  public TextRules textRules(dev.herald.config.ChannelConfig config) {
    throw new UnsupportedOperationException("config tests never compose");
  }

  @Override
  public String defaultTemplate() {
    return "{{headline}} {{url}}";
  }

  @Override
  public long maxImageBytes() {
    return 5_000_000;
  }

  @Override
  public Channel create(dev.herald.config.ChannelConfig config, ChannelContext context) {
    throw new UnsupportedOperationException("config tests never publish");
  }
}
