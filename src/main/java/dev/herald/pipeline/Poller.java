package dev.herald.pipeline;

import dev.herald.config.SourceConfig;
import dev.herald.config.Secrets;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one source and hands what it lists to {@link Ingest}, which queues a post per new article and
 * channel. A source's first poll only marks its back catalogue as seen, except the {@code backfill}
 * newest items. The poller keeps the source's state: validators, last success, last error.
 */
public final class Poller {

  private static final Logger log = LoggerFactory.getLogger(Poller.class);

  private final Store store;
  private final Fetcher fetcher;
  private final Ingest ingest;
  private final WebSub webSub;
  private final Clock clock;
  private final Metrics metrics;

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
    Ingest.Result taken = ingest.accept(source, result.items(), state.primed());
    store.sources().save(new SourceState(source.id(), result.state().etag(), result.state().lastModified(), true,
        now, now, null, state.itemsSeen() + taken.seen()));
    metrics.poll(source.id(), "ok");
    webSub.noticed(source, result.hub());
    if (taken.seen() > 0) log.info("Source {}: {} new item(s), {} queued for posting", source.id(), taken.seen(), taken.queued());
    return new Outcome(source.id(), true, taken.seen(), taken.queued(), null);
  }
}
