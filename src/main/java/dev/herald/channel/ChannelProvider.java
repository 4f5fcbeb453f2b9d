package dev.herald.channel;

import dev.herald.card.CardLayout;
import dev.herald.compose.TextRules;
import dev.herald.config.ChannelConfig;
import java.util.Set;

/**
 * One platform's plug-in, found through {@link java.util.ServiceLoader} by {@link #type()} (the
 * channel's {@code type:} in the config). Adding a platform is one sub-package with one provider
 * listed in {@code META-INF/services/dev.herald.channel.ChannelProvider}.
 */
public interface ChannelProvider {

  String type();

  /** Platform keys this type accepts besides the common channel keys. */
  Set<String> keys();

  /** Keys that must be present and non-blank. */
  Set<String> requiredKeys();

  /** Keys whose values are secrets: redacted everywhere. */
  Set<String> secretKeys();

  TextRules textRules(ChannelConfig config);

  /** The Mustache template used when the channel sets none. */
  String defaultTemplate();

  CardLayout defaultCard();

  /** The platform's image size limit in bytes. */
  long maxImageBytes();

  Channel create(ChannelConfig config, ChannelContext context);

  /** True when the platform fetches cards by URL, so Herald must serve them at {@code publicBaseUrl}. */
  default boolean needsPublicCards() {
    return false;
  }
}
