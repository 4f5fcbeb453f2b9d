package dev.herald.source;

import java.util.List;

/** Items of one poll, newest first, plus the validators to send next time. */
public record PollResult(boolean modified, List<Article> items, FetchState state) {

  public PollResult {
    items = List.copyOf(items);
  }

  public static PollResult notModified(FetchState state) {
    return new PollResult(false, List.of(), state);
  }
}
