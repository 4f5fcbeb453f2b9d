package dev.herald.channel.instagram;

import dev.herald.card.CardLayout;
import dev.herald.channel.Channel;
import dev.herald.channel.ChannelContext;
import dev.herald.channel.ChannelProvider;
import dev.herald.channel.NumericIds;
import dev.herald.channel.graph.ContainerApi;
import dev.herald.channel.graph.ContainerPublisher;
import dev.herald.channel.graph.ContainerWait;
import dev.herald.channel.graph.Graph;
import dev.herald.compose.TextRules;
import dev.herald.config.ChannelConfig;
import dev.herald.config.PlatformSettings;
import dev.herald.config.Setting;
import dev.herald.config.SettingsSchema;

/** The {@code instagram} channel type: an Instagram Business or Creator account via the Graph API. */
public final class InstagramProvider implements ChannelProvider {

  public static final String DEFAULT_API_BASE_URL = "https://graph.facebook.com";
  public static final String DEFAULT_API_VERSION = "v25.0";

  static final SettingsSchema SETTINGS = SettingsSchema.of(
      Setting.url("apiBaseUrl", DEFAULT_API_BASE_URL),
      Setting.text("apiVersion", DEFAULT_API_VERSION),
      Setting.text("igUserId").required(),
      Setting.text("accessToken").required().secret());

  /** Links in captions are not clickable on Instagram, so the caption sends readers to the bio link. */
  static final String TEMPLATE = """
      {{headline}}

      {{summary}}

      {{linkInBio}} · {{outlet}}

      {{hashtags}}
      """;

  private final ContainerWait wait;

  public InstagramProvider() {
    this(ContainerWait.standard());
  }

  InstagramProvider(ContainerWait wait) {
    this.wait = wait;
  }

  @Override
  public String type() {
    return "instagram";
  }

  @Override
  public SettingsSchema settings() {
    return SETTINGS;
  }

  @Override
  public TextRules textRules(ChannelConfig config) {
    return new InstagramTextRules();
  }

  @Override
  public String defaultTemplate() {
    return TEMPLATE;
  }

  /** Instagram's feed crops to 4:5 at most; a square card shows whole. */
  @Override
  public CardLayout defaultCard() {
    return CardLayout.SQUARE;
  }

  @Override
  public long maxImageBytes() {
    return InstagramChannel.MAX_IMAGE_BYTES;
  }

  @Override
  public boolean needsPublicCards() {
    return true;
  }

  @Override
  public Channel create(ChannelConfig config, ChannelContext context) {
    PlatformSettings s = SETTINGS.read(config);
    String igUserId = NumericIds.read(s, "igUserId");
    Graph graph;
    try {
      graph = new Graph("Instagram", s.url("apiBaseUrl"), s.text("apiVersion"), s.text("accessToken"), context.http());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("channel " + config.id() + ": " + e.getMessage());
    }
    var containers = new ContainerPublisher(ContainerApi.INSTAGRAM, graph, igUserId, wait, context.state(config.id()));
    return new InstagramChannel(config.id(), igUserId, graph, containers, context.publicCards());
  }
}
