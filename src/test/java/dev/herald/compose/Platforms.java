package dev.herald.compose;

import dev.herald.channel.ChannelProvider;
import dev.herald.channel.ChannelProviders;
import dev.herald.config.ChannelConfig;
import java.util.Map;

/** The production text rules and default templates, as the installed providers give them (no copies). */
public final class Platforms {

  private Platforms() {}

  public static TextRules rules(String type) {
    return provider(type).textRules(channel(type));
  }

  public static String template(String type) {
    return provider(type).defaultTemplate();
  }

  public static ChannelProvider provider(String type) {
    return ChannelProviders.get(type).orElseThrow(() -> new IllegalArgumentException("no provider for " + type));
  }

  private static ChannelConfig channel(String type) {
    return ComposerTest.channel(type, null, ComposerTest.TAGS, Map.of());
  }
}
