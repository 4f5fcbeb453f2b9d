package dev.herald.channel.bluesky;

import dev.herald.card.CardLayout;
import dev.herald.channel.Channel;
import dev.herald.channel.ChannelContext;
import dev.herald.channel.ChannelProvider;
import dev.herald.compose.TextRules;
import dev.herald.config.ChannelConfig;
import dev.herald.config.PlatformSettings;
import dev.herald.config.Setting;
import dev.herald.config.SettingsSchema;
import okhttp3.HttpUrl;

/** The {@code bluesky} channel type: an AT Protocol account logged in with an app password. */
public final class BlueskyProvider implements ChannelProvider {

  static final String DEFAULT_API = "https://bsky.social";

  static final SettingsSchema SETTINGS = SettingsSchema.of(
      Setting.url("apiBaseUrl", DEFAULT_API),
      Setting.text("identifier").required(),
      Setting.text("appPassword").required().secret());

  /**
   * The link card (an {@code app.bsky.embed.external}: the headline as its title, the card image as its
   * thumbnail) carries the link and the headline, so the text is the story's opening sentences and
   * tags — no URL, and the headline only when there is nothing else to say. A template's {@code {{url}}}
   * shows a short display form ("jaanojunction.com/world/us-has-…") made a link to the tracked URL.
   */
  static final String TEMPLATE = """
      {{summary}}{{^summary}}{{headline}}{{/summary}}

      {{hashtags}}
      """;

  @Override
  public String type() {
    return "bluesky";
  }

  @Override
  public SettingsSchema settings() {
    return SETTINGS;
  }

  @Override
  public TextRules textRules(ChannelConfig config) {
    return new BlueskyTextRules();
  }

  /** The link travels in the link card, so the text keeps its 300 graphemes for words. */
  @Override
  public String defaultTemplate() {
    return TEMPLATE;
  }

  @Override
  public CardLayout defaultCard() {
    return CardLayout.OG;
  }

  @Override
  public long maxImageBytes() {
    return BlueskyChannel.MAX_BLOB_BYTES;
  }

  /** Throws IllegalArgumentException naming the key when a required value is missing or malformed. */
  @Override
  public Channel create(ChannelConfig config, ChannelContext context) {
    PlatformSettings s = SETTINGS.read(config);
    var xrpc = new Xrpc(context.http().newBuilder().build(), HttpUrl.get(s.text("apiBaseUrl")), context.clock());
    var session = new BlueskySession(xrpc, config.id(), s.text("identifier"), s.text("appPassword"), context.clock(),
        context.state(config.id()));
    return new BlueskyChannel(config.id(), xrpc, session, context.clock());
  }
}
