package dev.herald.channel.threads;

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
import okhttp3.HttpUrl;

/** The {@code threads} channel type: a Threads profile via graph.threads.net. */
public final class ThreadsProvider implements ChannelProvider {

  public static final String DEFAULT_API_BASE_URL = "https://graph.threads.net";
  public static final String DEFAULT_API_VERSION = "v1.0";

  static final SettingsSchema SETTINGS = SettingsSchema.of(
      Setting.url("apiBaseUrl", DEFAULT_API_BASE_URL),
      Setting.text("apiVersion", DEFAULT_API_VERSION),
      Setting.text("userId").required(),
      Setting.text("accessToken").required().secret());

  /** Links are clickable on Threads and the first becomes the preview; one tag at most. */
  static final String TEMPLATE = """
      {{headline}}

      {{summary}}

      {{url}}
      {{hashtags}}
      """;

  private final ContainerWait wait;

  public ThreadsProvider() {
    this(ContainerWait.standard());
  }

  ThreadsProvider(ContainerWait wait) {
    this.wait = wait;
  }

  @Override
  public String type() {
    return "threads";
  }

  @Override
  public SettingsSchema settings() {
    return SETTINGS;
  }

  @Override
  public TextRules textRules(ChannelConfig config) {
    return new ThreadsTextRules();
  }

  @Override
  public String defaultTemplate() {
    return TEMPLATE;
  }

  @Override
  public CardLayout defaultCard() {
    return CardLayout.SQUARE;
  }

  /** Threads takes images up to 8 MB. */
  @Override
  public long maxImageBytes() {
    return 8_000_000L;
  }

  @Override
  public boolean needsPublicCards() {
    return true;
  }

  @Override
  public Channel create(ChannelConfig config, ChannelContext context) {
    PlatformSettings s = SETTINGS.read(config);
    String userId = NumericIds.read(s, "userId");
    var state = context.state(config.id());
    var token = new ThreadsToken(HttpUrl.get(s.url("apiBaseUrl")), context.http(), context.clock(), state, s.text("accessToken"));
    Graph graph;
    try {
      graph = new Graph("Threads", s.url("apiBaseUrl"), s.text("apiVersion"), token.current(), context.http());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("channel " + config.id() + ": " + e.getMessage());
    }
    var containers = new ContainerPublisher(ContainerApi.THREADS, graph, userId, wait, state);
    return new ThreadsChannel(config.id(), userId, graph, containers, context.publicCards(), token, state);
  }
}
