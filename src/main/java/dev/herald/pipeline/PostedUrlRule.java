package dev.herald.pipeline;

import dev.herald.config.ChannelConfig;
import dev.herald.config.HeraldConfig;
import dev.herald.store.WebUrls;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code resolve --posted URL} accepts as where a post went out: an http(s) URL on the channel's
 * own platform, so a typo or a pasted article link never becomes the post's recorded URL. X: x.com or
 * twitter.com; Telegram: t.me; Mastodon: the instance of apiBaseUrl; Bluesky: bsky.app or the PDS of
 * apiBaseUrl; preview writes files, so any http(s) URL or a {@code file:} URL (kept in the history only).
 */
public final class PostedUrlRule {

  private static final Set<String> X_HOSTS = Set.of("x.com", "twitter.com");

  private PostedUrlRule() {}

  /** Like {@link #refusal(ChannelConfig, String)}; a channel no longer configured takes any http(s) URL. */
  public static Optional<String> refusal(HeraldConfig config, String channelId, String url) {
    return config.channel(channelId).map(channel -> refusal(channel, url))
        .orElseGet(() -> WebUrls.isWeb(url) ? Optional.empty() : Optional.of("'" + url + "' is not an http(s) URL"));
  }

  /** Why {@code url} cannot be recorded for a post on {@code channel}; empty when it can. */
  public static Optional<String> refusal(ChannelConfig channel, String url) {
    if (url == null || url.isBlank()) return Optional.of("a URL is required");
    String type = channel.type().toLowerCase(Locale.ROOT);
    if (type.equals("preview") && url.strip().toLowerCase(Locale.ROOT).startsWith("file:")) return Optional.empty();
    String host = WebUrls.host(url);
    if (host == null) return Optional.of("'" + url + "' is not an http(s) URL");
    Set<String> hosts = hosts(channel, type);
    if (hosts.isEmpty() || hosts.stream().anyMatch(h -> host.equals(h) || host.endsWith("." + h))) return Optional.empty();
    return Optional.of("'" + url + "' is not on " + channel.id() + "'s platform (expected a link on "
        + String.join(" or ", hosts.stream().sorted().toList()) + ")");
  }

  /** The hosts a post on this channel lives on; empty means any http(s) host. */
  private static Set<String> hosts(ChannelConfig channel, String type) {
    String api = WebUrls.host(channel.setting("apiBaseUrl", ""));
    return switch (type) {
      case "x" -> X_HOSTS;
      case "telegram" -> Set.of("t.me");
      case "mastodon" -> api == null ? Set.of() : Set.of(api);
      case "bluesky" -> api == null ? Set.of("bsky.app") : Set.of("bsky.app", api);
      default -> Set.of();
    };
  }
}
