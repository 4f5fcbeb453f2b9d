package dev.herald.channel.mastodon;

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

/** The {@code mastodon} channel type: any Mastodon-API instance, reached with an access token. */
public final class MastodonProvider implements ChannelProvider {

  static final SettingsSchema SETTINGS = SettingsSchema.of(
      Setting.url("apiBaseUrl", null).required(),
      Setting.text("accessToken").required().secret(),
      Setting.choice("visibility", "public", "public", "unlisted", "private"),
      Setting.integer("maxCharacters", MastodonTextRules.DEFAULT_MAX, 1, 1_000_000));

  static final String TEMPLATE = """
      {{headline}}

      {{summary}}

      {{url}}

      {{hashtags}}
      """;

  private final MediaWait mediaWait;

  public MastodonProvider() {
    this(MediaWait.standard());
  }

  MastodonProvider(MediaWait mediaWait) {
    this.mediaWait = mediaWait;
  }

  @Override
  public String type() {
    return "mastodon";
  }

  @Override
  public SettingsSchema settings() {
    return SETTINGS;
  }

  @Override
  public TextRules textRules(ChannelConfig config) {
    return new MastodonTextRules(maxCharacters(config), MastodonTextRules.DEFAULT_URL_LENGTH);
  }

  @Override
  public String defaultTemplate() {
    return TEMPLATE;
  }

  @Override
  public CardLayout defaultCard() {
    return CardLayout.LANDSCAPE;
  }

  /** Mastodon 3.x instances refuse images over 10 MB (4.x allows 16 MB). */
  @Override
  public long maxImageBytes() {
    return 10_000_000L;
  }

  /** Throws IllegalArgumentException naming the key when a required or malformed value would make every post fail. */
  @Override
  public Channel create(ChannelConfig config, ChannelContext context) {
    PlatformSettings s = SETTINGS.read(config);
    HttpUrl base = HttpUrl.get(s.text("apiBaseUrl"));
    return new MastodonChannel(config.id(), base, s.text("accessToken"), s.text("visibility"), maxCharacters(config),
        context.http(), context.clock(), mediaWait);
  }

  private static int maxCharacters(ChannelConfig config) {
    return (int) SETTINGS.readWithoutCredentials(config).integer("maxCharacters");
  }
}
