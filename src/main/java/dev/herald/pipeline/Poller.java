package dev.herald.pipeline;

import dev.herald.config.SourceConfig;
import dev.herald.config.Secrets;
import dev.herald.source.FeedDiscovery;
import dev.herald.source.FeedException;
import dev.herald.source.FeedSource;
import dev.herald.source.FetchState;
import dev.herald.source.Fetcher;
import dev.herald.source.PollResult;
import dev.herald.store.SourceState;
import dev.herald.store.Store;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one source and hands what it lists to {@link Ingest}, which queues a post per new article and
 * channel. A source's first poll only marks its back catalogue as seen, except the {@code backfill}
 * newest items. The poller keeps the source's state: validators, last success, last error.
 */
public final class Poller {

  private static final Logger log = LoggerFactory.getLogger(Poller.class);
  /** A feed asking for more than this between polls is polled after this anyway. */
  static final Duration MAX_DEFER = Duration.ofHours(6);

  private final Store store;
  private final Fetcher fetcher;
  private final Ingest ingest;
  private final WebSub webSub;
  private final Clock clock;
  private final Metrics metrics;
  /** Per source: no poll before this instant (kept in memory; a restart polls at once). */
  private final Map<String, Instant> notBefore = new ConcurrentHashMap<>();
  /** Per source whose URL is a home page: the feed discovered there. */
  private final Map<String, String> feeds = new ConcurrentHashMap<>();

  Poller(Store store, Fetcher fetcher, Ingest ingest, WebSub webSub, Clock clock, Metrics metrics) {
    this.store = store;
    this.fetcher = fetcher;
    this.ingest = ingest;
    this.webSub = webSub;
    this.clock = clock;
    this.metrics = metrics;
  }

  /** What one poll did, for logs and the {@code once} summary. */
  public record Outcome(String sourceId, boolean ok, int seen, int queued, String error) {}

  public Outcome poll(SourceConfig source) {
    Instant now = clock.instant();
    Instant waitUntil = notBefore.get(source.id());
    if (waitUntil != null && now.isBefore(waitUntil)) {
      // The feed said when to come back (Cache-Control: max-age, Retry-After): asking sooner only costs it.
      metrics.poll(source.id(), "deferred");
      return new Outcome(source.id(), true, 0, 0, null);
    }
    notBefore.remove(source.id());
    SourceState state = store.sources().get(source.id());
    PollResult result;
    try {
      result = pollFeed(source, new FetchState(state.etag(), state.lastModified()));
    } catch (IOException | FeedException e) {
      if (e instanceof Fetcher.RetryLater later) defer(source, now, later.waitFor(), "Retry-After");
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
    if (result.freshFor() != null) defer(source, now, result.freshFor(), "Cache-Control: max-age");
    Ingest.Result taken = ingest.accept(source, result.items(), state.primed());
    store.sources().save(new SourceState(source.id(), result.state().etag(), result.state().lastModified(), true,
        now, now, null, state.itemsSeen() + taken.seen()));
    metrics.poll(source.id(), "ok");
    webSub.noticed(source, result.hub());
    if (taken.seen() > 0) log.info("Source {}: {} new item(s), {} queued for posting", source.id(), taken.seen(), taken.queued());
    return new Outcome(source.id(), true, taken.seen(), taken.queued(), null);
  }

  /**
   * Polls the source's feed; a source URL that is a home page is polled through the feed it names
   * ({@link FeedDiscovery}), found once and remembered until a restart.
   */
  private PollResult pollFeed(SourceConfig source, FetchState validators) throws IOException, FeedException {
    String feed = feeds.get(source.id());
    if (feed != null) return new FeedSource(withUrl(source, feed), fetcher).poll(validators);
    try {
      return new FeedSource(source, fetcher).poll(validators);
    } catch (FeedSource.HomePage home) {
      var found = FeedDiscovery.discover(fetcher, home.page());
      if (found.chosen() == null) {
        throw new FeedException(home.getMessage() + ", and it names no feed (no <link rel=\"alternate\">, common path"
            + " or news sitemap in robots.txt)");
      }
      log.info("Source {}: {} is a home page; polling its feed {} (found by {}; {} found in all)", source.id(),
          Secrets.redact(source.url()), Secrets.redact(found.chosen().url()), found.chosen().how(), found.found().size());
      feeds.put(source.id(), found.chosen().url());
      return new FeedSource(withUrl(source, found.chosen().url()), fetcher).poll(FetchState.NONE);
    }
  }

  private static SourceConfig withUrl(SourceConfig s, String url) {
    return new SourceConfig(s.id(), url, s.enabled(), s.every(), s.backfill(), s.extract(), s.include(), s.exclude());
  }

  private void defer(SourceConfig source, Instant now, Duration wait, String why) {
    Duration honoured = wait.compareTo(MAX_DEFER) > 0 ? MAX_DEFER : wait;
    if (honoured.compareTo(source.every()) <= 0) return; // the next scheduled poll is later anyway
    notBefore.put(source.id(), now.plus(honoured));
    log.info("Source {}: next poll not before {} s from now ({})", source.id(), honoured.toSeconds(), why);
  }
}
