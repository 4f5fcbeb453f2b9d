package dev.herald.channel.facebook;

import dev.herald.card.CardLayout;
import dev.herald.channel.Channel;
import dev.herald.channel.ChannelContext;
import dev.herald.channel.ChannelProvider;
import dev.herald.channel.SettingReader;
import dev.herald.channel.graph.Graph;
import dev.herald.compose.TextRules;
import dev.herald.config.ChannelConfig;
import java.util.Set;

/** The {@code facebook} channel type: one Facebook Page, reached with a long-lived Page access token. */
public final class FacebookProvider implements ChannelProvider {

  public static final String DEFAULT_API_BASE_URL = "https://graph.facebook.com";
  /** The newest Graph API version Herald is tested with. */
  public static final String DEFAULT_API_VERSION = "v25.0";

  /** The link sits in the text, so a photo post's caption leads to the article too. */
  public static final String DEFAULT_TEMPLATE = """
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
  public Set<String> keys() {
    return Set.of("apiBaseUrl", "apiVersion", "pageId", "accessToken", "postAs");
  }

  @Override
  public Set<String> requiredKeys() {
    return Set.of("pageId", "accessToken");
  }

  @Override
  public Set<String> secretKeys() {
    return Set.of("accessToken");
  }

  @Override
  public TextRules textRules(ChannelConfig config) {
    return new FacebookTextRules();
  }

  @Override
  public String defaultTemplate() {
    return DEFAULT_TEMPLATE;
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
    var settings = new SettingReader(config);
    String token = settings.secret("accessToken");
    String pageId = settings.numericId("pageId");
    boolean photo = settings.oneOf("postAs", "photo", Set.of("photo", "link")).equals("photo");
    String base = settings.url("apiBaseUrl", DEFAULT_API_BASE_URL);
    String version = settings.optional("apiVersion", DEFAULT_API_VERSION);
    Graph graph;
    try {
      graph = new Graph("Facebook", base, version, token, context.http());
    } catch (IllegalArgumentException e) {
      throw settings.invalid("apiVersion", e.getMessage().replaceFirst("^apiVersion ", ""));
    }
    return new FacebookChannel(config.id(), pageId, photo, graph);
  }
}
