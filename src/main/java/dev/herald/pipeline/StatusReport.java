package dev.herald.pipeline;

import dev.herald.channel.CredentialExpiry;
import dev.herald.channel.PersistentState;
import dev.herald.config.ChannelConfig;
import dev.herald.config.HeraldConfig;
import dev.herald.config.Secrets;
import dev.herald.schedule.SlotPlanner;
import dev.herald.store.ChannelSecretStore;
import dev.herald.store.Post;
import dev.herald.store.PostState;
import dev.herald.store.Store;
import dev.herald.store.SourceState;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a manager asks "what is Herald doing?": per channel its counts, pause state, next slot and
 * queue in order; per source its last poll; and the recent posts with their state and reason. The
 * same report backs {@code status}, {@code status --json} and the admin UI. Every reason passes
 * through {@link Secrets#redact}.
 */
public record StatusReport(Instant generatedAt, List<SourceView> sources, List<ChannelView> channels, List<PostView> posts) {

  public record SourceView(String id, String url, boolean enabled, boolean primed, Instant lastPolledAt,
      Instant lastSuccessAt, String lastError, int itemsSeen) {}

  /** {@code credentialWarning} is set from 7 days before the stored {@code credentialExpiresAt}. */
  public record ChannelView(String id, String type, boolean enabled, boolean paused, String pauseReason,
      Map<String, Integer> counts, Instant nextSlot, String nextSlotNote, List<PostView> queue,
      Instant credentialExpiresAt, String credentialWarning) {}

  public record PostView(long id, String channel, String articleUrl, String headline, String state, String reason,
      String platformUrl, int attempts, Instant notBefore, Instant updatedAt) {}

  /** Builds the report from the store alone: no channel client is created and no platform is called. */
  public static StatusReport build(HeraldConfig config, Store store, Clock clock, int recentLimit) {
    Instant now = clock.instant();
    var planner = new SlotPlanner(config.outlet().timezone());
    var headlines = new HeadlineCache(store);
    var sources = new ArrayList<SourceView>();
    config.sources().forEach(s -> {
      SourceState st = store.sources().get(s.id());
      sources.add(new SourceView(s.id(), Secrets.redact(s.url()), s.enabled(), st.primed(), st.lastPolledAt(),
          st.lastSuccessAt(), Secrets.redact(st.lastError()), st.itemsSeen()));
    });
    var channels = new ArrayList<ChannelView>();
    for (ChannelConfig c : config.channels()) channels.add(channel(c, store, planner, now, headlines));
    // One joined query for the long list (the admin UI asks every 15 s); the short queues use the cache.
    var posts = store.posts().recentWithArticles(null, Set.of(), recentLimit).stream()
        .map(v -> view(v.post(), v.articleUrl(), v.headline())).toList();
    return new StatusReport(now, sources, channels, posts);
  }

  /** The report narrowed to one channel (null: all). */
  public StatusReport only(String channelId) {
    if (channelId == null) return this;
    return new StatusReport(generatedAt, sources,
        channels.stream().filter(c -> c.id().equals(channelId)).toList(),
        posts.stream().filter(p -> p.channel().equals(channelId)).toList());
  }

  private static ChannelView channel(ChannelConfig c, Store store, SlotPlanner planner, Instant now, HeadlineCache h) {
    var state = store.channels().get(c.id());
    var counts = new LinkedHashMap<String, Integer>();
    store.posts().counts(c.id()).forEach((k, v) -> counts.put(name(k), v));
    List<Post> queue = store.posts().queue(c.id());
    Instant slot = null;
    String note;
    if (!c.enabled()) note = "channel disabled";
    else if (state.paused()) note = "paused: " + Secrets.redact(state.pauseReason());
    else if (queue.isEmpty()) note = "queue empty";
    else {
      var history = new SlotPlanner.History(store.posts().lastPostedAt(c.id()),
          store.posts().countPostedSince(c.id(), planner.startOfDay(now)));
      Post head = queue.get(0);
      slot = planner.nextSlot(c, now, history, head.priority() > 0);
      if (head.notBefore() != null && head.notBefore().isAfter(slot)) slot = head.notBefore();
      note = planner.capReached(c, history) ? "daily cap of " + c.maxPerDay() + " reached" : "next post #" + head.id();
    }
    Instant expires = store.channelSecrets().get(c.id(), PersistentState.CREDENTIAL)
        .map(ChannelSecretStore.Entry::expiresAt).orElse(null);
    return new ChannelView(c.id(), c.type(), c.enabled(), state.paused(), Secrets.redact(state.pauseReason()),
        counts, slot, note, queue.stream().map(p -> view(p, h)).toList(), expires,
        CredentialExpiry.warning(expires, now).orElse(null));
  }

  static PostView view(Post p, HeadlineCache headlines) {
    String[] article = headlines.get(p.articleId());
    return view(p, article[0], article[1]);
  }

  private static PostView view(Post p, String articleUrl, String headline) {
    return new PostView(p.id(), p.channelId(), articleUrl, headline, name(p.state()), Secrets.redact(p.reason()),
        p.platformUrl(), p.attempts(), p.notBefore(), p.updatedAt());
  }

  static String name(PostState state) {
    return state.name().toLowerCase(Locale.ROOT);
  }

  /** Article URL and headline by id, read once per report. */
  static final class HeadlineCache {
    private final Store store;
    private final Map<Long, String[]> cache = new HashMap<>();

    HeadlineCache(Store store) {
      this.store = store;
    }

    String[] get(long articleId) {
      return cache.computeIfAbsent(articleId, id -> store.articles().find(id)
          .map(a -> new String[] {a.article().url(), a.article().title()})
          .orElse(new String[] {null, null}));
    }
  }
}
