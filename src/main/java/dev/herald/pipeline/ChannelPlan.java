package dev.herald.pipeline;

import dev.herald.card.CardLayout;
import dev.herald.channel.ChannelProvider;
import dev.herald.channel.ChannelProviders;
import dev.herald.compose.TextRules;
import dev.herald.config.ChannelConfig;

/**
 * How a configured channel's posts are written: its platform plug-in, the text rules posts must fit
 * and its card layout. Needs no credentials, so {@code preview} composes with plans alone.
 */
public record ChannelPlan(ChannelConfig config, ChannelProvider provider, TextRules rules, CardLayout layout) {

  /** The plan for a validated channel config (its type is known: the loader checked it). */
  public static ChannelPlan of(ChannelConfig config) {
    ChannelProvider provider = ChannelProviders.get(config.type())
        .orElseThrow(() -> new IllegalArgumentException("unknown channel type " + config.type()));
    CardLayout layout = CardLayout.fromConfig(config.card()).orElse(provider.defaultCard());
    return new ChannelPlan(config, provider, provider.textRules(config), layout);
  }

  public String id() {
    return config.id();
  }
}
