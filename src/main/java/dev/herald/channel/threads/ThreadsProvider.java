package dev.herald.channel.threads;

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
import okhttp3.HttpUrl;

/** The {@code threads} channel type: a Threads profile via graph.threads.net. */
public final class ThreadsProvider implements ChannelProvider {

  public static final String DEFAULT_API_BASE_URL = "https://graph.threads.net";
  public static final String DEFAULT_API_VERSION = "v1.0";

  /** Links are clickable on Threads and the first becomes the preview; one tag at most. */
  public static final String DEFAULT_TEMPLATE = """
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
  public Set<String> keys() {
    return Set.of("apiBaseUrl", "apiVersion", "userId", "accessToken");
  }

  @Override
  public Set<String> requiredKeys() {
    return Set.of("userId", "accessToken");
  }

  @Override
  public Set<String> secretKeys() {
    return Set.of("accessToken");
  }

  @Override
  public TextRules textRules(ChannelConfig config) {
    return new ThreadsTextRules();
  }

  @Override
  public String defaultTemplate() {
    return DEFAULT_TEMPLATE;
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
    var settings = new SettingReader(config);
    String token = settings.secret("accessToken");
    String userId = settings.numericId("userId");
    String base = settings.url("apiBaseUrl", DEFAULT_API_BASE_URL);
    Graph graph;
    try {
      graph = new Graph("Threads", base, settings.optional("apiVersion", DEFAULT_API_VERSION), token, context.http());
    } catch (IllegalArgumentException e) {
      throw settings.invalid("apiVersion", e.getMessage().replaceFirst("^apiVersion ", ""));
    }
    var containers = new ContainerPublisher(ContainerApi.THREADS, graph, userId, wait);
    return new ThreadsChannel(config.id(), userId, graph, containers, context.publicCards(),
        new ThreadsToken(HttpUrl.get(base), context.http(), context.clock()));
  }
}
