package dev.herald.channel.instagram;

import dev.herald.card.CardLayout;
import dev.herald.channel.Channel;
import dev.herald.channel.ChannelContext;
import dev.herald.channel.ChannelProvider;
import dev.herald.channel.SettingReader;
import dev.herald.channel.graph.ContainerApi;
import dev.herald.channel.graph.ContainerPublisher;
import dev.herald.channel.graph.ContainerWait;
import dev.herald.channel.graph.Graph;
import dev.herald.compose.TextRules;
import dev.herald.config.ChannelConfig;
import java.util.Set;

/** The {@code instagram} channel type: an Instagram Business or Creator account via the Graph API. */
public final class InstagramProvider implements ChannelProvider {

  public static final String DEFAULT_API_BASE_URL = "https://graph.facebook.com";
  public static final String DEFAULT_API_VERSION = "v25.0";

  /** Links in captions are not clickable on Instagram, so the caption sends readers to the bio link. */
  public static final String DEFAULT_TEMPLATE = """
      {{headline}}

      {{summary}}

      Link in bio · {{outlet}}

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
  public Set<String> keys() {
    return Set.of("apiBaseUrl", "apiVersion", "igUserId", "accessToken");
  }

  @Override
  public Set<String> requiredKeys() {
    return Set.of("igUserId", "accessToken");
  }

  @Override
  public Set<String> secretKeys() {
    return Set.of("accessToken");
  }

  @Override
  public TextRules textRules(ChannelConfig config) {
    return new InstagramTextRules();
  }

  @Override
  public String defaultTemplate() {
    return DEFAULT_TEMPLATE;
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
    var settings = new SettingReader(config);
    String token = settings.secret("accessToken");
    String igUserId = settings.numericId("igUserId");
    String base = settings.url("apiBaseUrl", DEFAULT_API_BASE_URL);
    Graph graph;
    try {
      graph = new Graph("Instagram", base, settings.optional("apiVersion", DEFAULT_API_VERSION), token, context.http());
    } catch (IllegalArgumentException e) {
      throw settings.invalid("apiVersion", e.getMessage().replaceFirst("^apiVersion ", ""));
    }
    var containers = new ContainerPublisher(ContainerApi.INSTAGRAM, graph, igUserId, wait);
    return new InstagramChannel(config.id(), igUserId, graph, containers, context.publicCards());
  }
}
