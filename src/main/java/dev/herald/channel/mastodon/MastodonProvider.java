package dev.herald.channel.mastodon;

import dev.herald.compose.Templates;
import dev.herald.compose.rules.MastodonTextRules;
import dev.herald.card.CardLayout;
import dev.herald.channel.Channel;
import dev.herald.channel.ChannelContext;
import dev.herald.channel.ChannelProvider;
import dev.herald.compose.TextRules;
import dev.herald.config.ChannelConfig;
import dev.herald.config.Secrets;
import java.util.Set;
import okhttp3.HttpUrl;

/** The {@code mastodon} channel type: any Mastodon-API instance, reached with an access token. */
public final class MastodonProvider implements ChannelProvider {

  static final Set<String> VISIBILITIES = Set.of("public", "unlisted", "private");

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
  public Set<String> keys() {
    return Set.of("apiBaseUrl", "accessToken", "visibility", "maxCharacters");
  }

  @Override
  public Set<String> requiredKeys() {
    return Set.of("apiBaseUrl", "accessToken");
  }

  @Override
  public Set<String> secretKeys() {
    return Set.of("accessToken");
  }

  @Override
  public TextRules textRules(ChannelConfig config) {
    return new MastodonTextRules(maxCharacters(config), MastodonTextRules.DEFAULT_URL_LENGTH);
  }

  @Override
  public String defaultTemplate() {
    return Templates.MASTODON;
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
    String token = config.setting("accessToken").orElseThrow(() -> missing(config, "accessToken"));
    Secrets.register(token);
    String baseText = config.setting("apiBaseUrl").orElseThrow(() -> missing(config, "apiBaseUrl"));
    HttpUrl base = HttpUrl.parse(baseText.strip());
    if (base == null) throw invalid(config, "apiBaseUrl", "is not an http(s) URL: " + baseText);
    String visibility = config.setting("visibility", "public").strip();
    if (!VISIBILITIES.contains(visibility)) throw invalid(config, "visibility", "must be public, unlisted or private, not '" + visibility + "'");
    return new MastodonChannel(config.id(), base, token, visibility, maxCharacters(config),
        context.http(), context.clock(), mediaWait);
  }

  private static int maxCharacters(ChannelConfig config) {
    String value = config.setting("maxCharacters").orElse(null);
    if (value == null) return MastodonTextRules.DEFAULT_MAX;
    try {
      int max = Integer.parseInt(value.strip());
      if (max > 0) return max;
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw invalid(config, "maxCharacters", "must be a positive whole number, not '" + value + "'");
  }

  private static IllegalArgumentException missing(ChannelConfig config, String key) {
    return invalid(config, key, "is required");
  }

  private static IllegalArgumentException invalid(ChannelConfig config, String key, String problem) {
    return new IllegalArgumentException("channel " + config.id() + ": " + key + " " + problem);
  }
}
