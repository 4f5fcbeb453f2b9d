package dev.herald.channel.facebook;

import dev.herald.card.CardLayout;
import dev.herald.channel.Channel;
import dev.herald.channel.ChannelContext;
import dev.herald.channel.ChannelProvider;
import dev.herald.channel.NumericIds;
import dev.herald.channel.graph.Graph;
import dev.herald.compose.TextRules;
import dev.herald.config.ChannelConfig;
import dev.herald.config.PlatformSettings;
import dev.herald.config.Setting;
import dev.herald.config.SettingsSchema;

/** The {@code facebook} channel type: one Facebook Page, reached with a long-lived Page access token. */
public final class FacebookProvider implements ChannelProvider {

  public static final String DEFAULT_API_BASE_URL = "https://graph.facebook.com";
  /** The newest Graph API version Herald is tested with. */
  public static final String DEFAULT_API_VERSION = "v25.0";

  static final SettingsSchema SETTINGS = SettingsSchema.of(
      Setting.url("apiBaseUrl", DEFAULT_API_BASE_URL),
      Setting.text("apiVersion", DEFAULT_API_VERSION),
      Setting.text("pageId").required(),
      Setting.text("accessToken").required().secret(),
      Setting.choice("postAs", "photo", "photo", "link"));

  /** The link sits in the text, so a photo post's caption leads to the article too. */
  static final String TEMPLATE = """
      {{headline}}

      {{summary}}

      {{url}}

      {{hashtags}}
      """;

  @Override
  public String type() {
    return "facebook";
  }

  @Override
  public SettingsSchema settings() {
    return SETTINGS;
  }

  @Override
  public TextRules textRules(ChannelConfig config) {
    return new FacebookTextRules();
  }

  @Override
  public String defaultTemplate() {
    return TEMPLATE;
  }

  @Override
  public CardLayout defaultCard() {
    return CardLayout.LANDSCAPE;
  }

  /** Facebook takes photos up to 4 MB for Page posts without resizing surprises. */
  @Override
  public long maxImageBytes() {
    return 4_000_000L;
  }

  @Override
  public Channel create(ChannelConfig config, ChannelContext context) {
    PlatformSettings s = SETTINGS.read(config);
    String pageId = NumericIds.read(s, "pageId");
    Graph graph;
    try {
      graph = new Graph("Facebook", s.url("apiBaseUrl"), s.text("apiVersion"), s.text("accessToken"), context.http());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("channel " + config.id() + ": " + e.getMessage());
    }
    return new FacebookChannel(config.id(), pageId, s.text("postAs").equals("photo"), graph);
  }
}
