package dev.herald.pipeline;

import dev.herald.config.SourceConfig;
import dev.herald.config.Secrets;
import dev.herald.source.Article;
import dev.herald.source.ArticleExtractor;
import dev.herald.source.FeedException;
import dev.herald.source.FeedSource;
import dev.herald.source.FetchState;
import dev.herald.source.Fetcher;
import dev.herald.source.PollResult;
import dev.herald.store.SourceState;
import dev.herald.store.Store;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one source and queues a post per new article and channel. A source's first poll only marks
 * its back catalogue as seen, except the {@code backfill} newest items. Each article is stored with
 * its cards and posts in one transaction, so a crash never leaves an article seen but unqueued.
 */
public final class Poller {

  private static final Logger log = LoggerFactory.getLogger(Poller.class);

  private final Store store;
  private final Fetcher fetcher;
  private final ArticleExtractor extractor;
  private final ArticleComposer composer;
  private final Collection<ChannelPlan> channels;
  private final Clock clock;
  private final Metrics metrics;
  private final Enqueuer enqueuer;

  Poller(Store store, Fetcher fetcher, ArticleExtractor extractor, ArticleComposer composer,
      Collection<ChannelPlan> channels, Clock clock, Metrics metrics) {
    this.store = store;
    this.fetcher = fetcher;
    this.extractor = extractor;
    this.composer = composer;
    this.channels = channels;
    this.clock = clock;
    this.metrics = metrics;
    this.enqueuer = new Enqueuer(store, clock);
  }

  /** What one poll did, for logs and the {@code once} summary. */
  public record Outcome(String sourceId, boolean ok, int seen, int queued, String error) {}

  public Outcome poll(SourceConfig source) {
    SourceState state = store.sources().get(source.id());
    Instant now = clock.instant();
    PollResult result;
    try {
      result = new FeedSource(source, fetcher).poll(new FetchState(state.etag(), state.lastModified()));
    } catch (IOException | FeedException e) {
      // One WARN without a stack: the message says what was wrong; status shows it as lastError.
      String error = Secrets.redact(e.getMessage());
      log.warn("Source {}: poll failed: {}", source.id(), error);
      store.sources().save(new SourceState(source.id(), state.etag(), state.lastModified(), state.primed(), now,
          state.lastSuccessAt(), error, state.itemsSeen()));
      metrics.poll(source.id(), e instanceof FeedException ? "parse_error" : "error");
      return new Outcome(source.id(), false, 0, 0, error);
    }
    if (!result.modified()) {
      store.sources().save(new SourceState(source.id(), state.etag(), state.lastModified(), state.primed(), now,
          now, null, state.itemsSeen()));
      metrics.poll(source.id(), "not_modified");
      return new Outcome(source.id(), true, 0, 0, null);
    }
    int[] counts = ingest(source, state.primed(), result.items());
    store.sources().save(new SourceState(source.id(), result.state().etag(), result.state().lastModified(), true,
        now, now, null, state.itemsSeen() + counts[0]));
    metrics.poll(source.id(), "ok");
    if (counts[0] > 0) log.info("Source {}: {} new item(s), {} queued for posting", source.id(), counts[0], counts[1]);
    return new Outcome(source.id(), true, counts[0], counts[1], null);
  }

  /** Stores the new items oldest first (so queues run in publication order); returns {seen, queued}. */
  private int[] ingest(SourceConfig source, boolean primed, List<Article> newestFirst) {
    var known = store.articles().knownAmong(newestFirst, source.id());
    List<Article> fresh = new ArrayList<>();
    for (Article item : newestFirst) {
      if (!known.contains(item)) fresh.add(item);
    }
    int postable = primed ? fresh.size() : Math.min(source.backfill(), fresh.size());
    int seen = 0;
    int queued = 0;
    for (int i = fresh.size() - 1; i >= 0; i--) {
      Article item = fresh.get(i).withSourceId(source.id());
      boolean post = i < postable;
      if (post ? queue(source, item) : markSeen(item)) seen++;
      if (post) queued++;
    }
    if (!primed && fresh.size() > postable) {
      log.info("Source {}: first poll, {} older item(s) marked as seen without posting (backfill {})",
          source.id(), fresh.size() - postable, source.backfill());
    }
    return new int[] {seen, queued};
  }

  private boolean markSeen(Article item) {
    return store.database().inTransaction(c -> store.articles().insertIfNew(c, item, clock.instant()).isPresent());
  }

  private boolean queue(SourceConfig source, Article item) {
    Article article = source.extract() ? extractor.enrich(item) : item;
    var composition = composer.compose(article, channels);
    return enqueuer.store(composition, channels);
  }
}
