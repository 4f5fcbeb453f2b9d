package dev.herald.channel;

import dev.herald.card.CardLayout;
import dev.herald.compose.TextRules;
import dev.herald.config.ChannelConfig;
import dev.herald.config.SettingsSchema;

/**
 * One platform's plug-in, found through {@link java.util.ServiceLoader} by {@link #type()} (the
 * channel's {@code type:} in the config). A platform is one sub-package {@code channel/<type>/}
 * holding everything Herald knows of it — this provider, its client, its {@link TextRules} (how it
 * counts and its limits), its default template and its settings schema — plus one line naming the
 * provider in {@code META-INF/services/dev.herald.channel.ChannelProvider}. Nothing else changes.
 *
 * <p>Only {@link #create} may need credentials or the network; everything else is pure and cheap,
 * so {@code check} and {@code preview} use providers without any account.
 *
 * <pre>{@code
 * public final class ExampleProvider implements ChannelProvider {
 *   static final SettingsSchema SETTINGS = SettingsSchema.of(
 *       Setting.url("apiBaseUrl", "https://api.example.com"),
 *       Setting.text("accessToken").required().secret(),
 *       Setting.bool("silent", false));
 *   public String type() { return "example"; }
 *   public SettingsSchema settings() { return SETTINGS; }
 *   public TextRules textRules(ChannelConfig config) { return new ExampleTextRules(); }
 *   public String defaultTemplate() { return "{{headline}}\n\n{{summary}}\n\n{{url}}\n{{hashtags}}"; }
 *   public CardLayout defaultCard() { return CardLayout.LANDSCAPE; }
 *   public long maxImageBytes() { return 5_000_000; }
 *   public Channel create(ChannelConfig config, ChannelContext context) {
 *     PlatformSettings s = SETTINGS.read(config);   // typed, defaults filled, secrets registered
 *     return new ExampleChannel(config.id(), s.url("apiBaseUrl"), s.text("accessToken"),
 *         context.http(), context.state(config.id()));
 *   }
 * }
 * }</pre>
 */
public interface ChannelProvider {

  /** The config's {@code type:} value, lower case. */
  String type();

  /**
   * The platform keys this type accepts besides the common channel keys, each with its kind,
   * default, whether it is required and whether it is a secret. The config loader checks every
   * value against it, so {@code check} reports a bad one with its key path and line.
   */
  SettingsSchema settings();

  /** How posts for this channel are counted and escaped, and their limit. Needs no credentials. */
  TextRules textRules(ChannelConfig config);

  /** The Mustache template used when the channel sets none (variables: {@link dev.herald.compose.Templates#VARIABLES}). */
  String defaultTemplate();

  /**
   * The template for this channel when it sets none: {@link #defaultTemplate()} unless a setting changes
   * what the text must say (Telegram's {@code button: false} puts the link in the text instead).
   */
  default String defaultTemplate(ChannelConfig config) {
    return defaultTemplate();
  }

  CardLayout defaultCard();

  /** The platform's image size limit in bytes. */
  long maxImageBytes();

  /**
   * Builds the channel; makes no network call (that waits for the first publish or verify).
   *
   * @throws IllegalArgumentException naming the key when a setting is missing or malformed
   */
  Channel create(ChannelConfig config, ChannelContext context);

  /** True when the platform fetches cards by URL, so Herald must serve them at {@code publicBaseUrl}. */
  default boolean needsPublicCards() {
    return false;
  }
}
