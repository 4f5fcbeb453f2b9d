package dev.herald.channel.bluesky;

import dev.herald.compose.Templates;
import dev.herald.compose.rules.BlueskyTextRules;
import dev.herald.card.CardLayout;
import dev.herald.channel.Channel;
import dev.herald.channel.ChannelContext;
import dev.herald.channel.ChannelProvider;
import dev.herald.compose.TextRules;
import dev.herald.config.ChannelConfig;
import dev.herald.config.Secrets;
import java.util.Set;
import okhttp3.HttpUrl;

/** The {@code bluesky} channel type: an AT Protocol account logged in with an app password. */
public final class BlueskyProvider implements ChannelProvider {

  static final String DEFAULT_API = "https://bsky.social";

  @Override
  public String type() {
    return "bluesky";
  }

  @Override
  public Set<String> keys() {
    return Set.of("apiBaseUrl", "identifier", "appPassword");
  }

  @Override
  public Set<String> requiredKeys() {
    return Set.of("identifier", "appPassword");
  }

  @Override
  public Set<String> secretKeys() {
    return Set.of("appPassword");
  }

  @Override
  public TextRules textRules(ChannelConfig config) {
    return new BlueskyTextRules();
  }

  /** The link travels in the link card, so the text keeps its 300 graphemes for words. */
  @Override
  public String defaultTemplate() {
    return Templates.BLUESKY;
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
    String identifier = config.setting("identifier").orElseThrow(() -> invalid(config, "identifier", "is required")).strip();
    String password = config.setting("appPassword").orElseThrow(() -> invalid(config, "appPassword", "is required"));
    Secrets.register(password);
    String baseText = config.setting("apiBaseUrl", DEFAULT_API).strip();
    HttpUrl base = HttpUrl.parse(baseText);
    if (base == null) throw invalid(config, "apiBaseUrl", "is not an http(s) URL: " + baseText);
    var xrpc = new Xrpc(context.http().newBuilder().build(), base, context.clock());
    var session = new BlueskySession(xrpc, config.id(), identifier, password, context.clock());
    return new BlueskyChannel(config.id(), xrpc, session, context.clock());
  }

  private static IllegalArgumentException invalid(ChannelConfig config, String key, String problem) {
    return new IllegalArgumentException("channel " + config.id() + ": " + key + " " + problem);
  }
}
