package dev.herald.store;

import dev.herald.source.FetchState;
import java.time.Instant;

/**
 * What Herald remembers about a feed between polls: its conditional-GET validators, whether the
 * first poll has happened ({@code primed}: the back catalogue was marked seen), and the last outcome.
 */
public record SourceState(
    String sourceId,
    String etag,
    String lastModified,
    boolean primed,
    Instant lastPolledAt,
    Instant lastSuccessAt,
    String lastError,
    int itemsSeen) {

  /** A source never polled: not primed, no validators. */
  public static SourceState fresh(String sourceId) {
    return new SourceState(sourceId, null, null, false, null, null, null, 0);
  }

  public FetchState fetchState() {
    return new FetchState(etag, lastModified);
  }
}
