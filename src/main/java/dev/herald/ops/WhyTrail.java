package dev.herald.ops;

import dev.herald.config.ChannelConfig;
import dev.herald.config.HeraldConfig;
import dev.herald.config.SourceConfig;
import dev.herald.pipeline.SourceSightings;
import dev.herald.source.UrlNormalizer;
import dev.herald.store.Post;
import dev.herald.store.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "Why wasn't this posted?": an article URL's whole trail. When Herald first saw it and from which
 * source (or that it never did, with each source's filters), then per configured channel its post's
 * history — composed, queued, approved, each attempt with the platform's answer, the outcome — or why
 * there is no post (disabled channel, back catalogue marked seen on a source's first poll).
 */
public record WhyTrail(String url, boolean seen, String summary, Instant firstSeenAt, String source, String headline,
    List<SourceNote> sources, List<ChannelTrail> channels, List<SourceSightings.Sighting> sightings) {

  /** A source that could have listed the article, with its filters. */
  public record SourceNote(String id, String url, List<String> include, List<String> exclude) {}

  /** One channel: its post's state and history, or {@code note} saying why it has none. */
  public record ChannelTrail(String channel, Long postId, String state, String platformUrl, String note,
      List<PostHistory.Entry> history) {}

  public static WhyTrail of(HeraldConfig config, Store store, String url) {
    return of(config, store, url, null);
  }

  /**
   * As {@link #of(HeraldConfig, Store, String)}; for an article Herald never stored, {@code sightings}
   * (null: none) asks each source now whether it lists the URL and which filter rule drops it.
   */
  public static WhyTrail of(HeraldConfig config, Store store, String url, SourceSightings sightings) {
    String normalized = UrlNormalizer.normalize(url.strip());
    var sources = config.enabledSources().stream()
        .map(s -> new SourceNote(s.id(), dev.herald.config.Secrets.redact(s.url()), s.include(), s.exclude())).toList();
    var article = store.articles().findByUrl(normalized);
    if (article.isEmpty()) {
      List<SourceSightings.Sighting> seenNow = sightings == null ? List.of() : sightings.look(normalized);
      var dropped = seenNow.stream().filter(s -> s.droppedBy() != null).findFirst();
      var listed = seenNow.stream().filter(SourceSightings.Sighting::listed).findFirst();
      String filters = config.enabledSources().stream().filter(s -> !s.include().isEmpty() || !s.exclude().isEmpty())
          .map(WhyTrail::filters).collect(Collectors.joining("; "));
      String summary = dropped.isPresent()
          ? "Herald never queued this article: source " + dropped.get().source() + " lists it, but its filter drops it ("
              + dropped.get().droppedBy() + ")."
          : listed.isPresent()
              ? "Source " + listed.get().source() + " lists it now, but Herald has not stored it yet: the next poll will pick it up."
              : "Herald never saw this article: none of its " + sources.size() + " source(s) lists it"
                  + (filters.isEmpty() ? "" : " (filters: " + filters + ")") + ". Post it by hand with Compose.";
      return new WhyTrail(normalized, false, summary, null, null, null, sources, List.of(), seenNow);
    }
    var stored = article.get();
    Map<String, Post> posts = store.posts().ofArticle(stored.id()).stream()
        .collect(Collectors.toMap(Post::channelId, Function.identity(), (a, b) -> a));
    var channels = new ArrayList<ChannelTrail>();
    for (ChannelConfig channel : config.channels()) {
      Post post = posts.remove(channel.id());
      channels.add(post == null ? new ChannelTrail(channel.id(), null, null, null, noPost(config, channel, stored.article().sourceId()), List.of())
          : trail(store, channel.id(), post));
    }
    posts.values().forEach(p -> channels.add(trail(store, p.channelId(), p)));
    String summary = posts.isEmpty() && channels.stream().allMatch(c -> c.postId() == null)
        ? "Seen " + stored.firstSeenAt() + " on " + stored.article().sourceId() + " but never queued: see each channel."
        : "Seen " + stored.firstSeenAt() + " on " + stored.article().sourceId() + ".";
    return new WhyTrail(normalized, true, summary, stored.firstSeenAt(), stored.article().sourceId(), stored.article().title(),
        sources, channels, List.of());
  }

  private static ChannelTrail trail(Store store, String channel, Post post) {
    var history = PostHistory.of(store, post.id()).orElseThrow();
    return new ChannelTrail(channel, post.id(), history.state(), history.platformUrl(), history.reason(), history.history());
  }

  private static String noPost(HeraldConfig config, ChannelConfig channel, String sourceId) {
    if (!channel.enabled()) return "no post: the channel is disabled";
    var source = config.sources().stream().filter(s -> s.id().equals(sourceId)).findFirst();
    if (source.isPresent()) {
      return "no post: the article was in " + sourceId + "'s back catalogue on its first poll, which is only marked seen"
          + " (backfill " + source.get().backfill() + "), or the channel was added after it was queued";
    }
    return "no post on this channel (it was not chosen when the story was composed by hand, or was added later)";
  }

  private static String filters(SourceConfig s) {
    return s.id() + ": include " + s.include() + ", exclude " + s.exclude();
  }
}
