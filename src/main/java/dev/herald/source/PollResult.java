package dev.herald.source;

import java.time.Duration;
import java.util.List;

/**
 * Items of one poll, newest first, plus the validators to send next time and the WebSub hub the feed
 * announces (null: none, or not modified), and how long the feed said it stays fresh (max-age; null: not said).
 */
public record PollResult(boolean modified, List<Article> items, FetchState state, HubLinks.Hub hub, Duration freshFor) {

  public PollResult {
    items = List.copyOf(items);
  }

  public PollResult(boolean modified, List<Article> items, FetchState state) {
    this(modified, items, state, null, null);
  }

  public static PollResult notModified(FetchState state) {
    return new PollResult(false, List.of(), state);
  }
}
