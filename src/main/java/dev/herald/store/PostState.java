package dev.herald.store;

import java.util.Locale;

/**
 * Where a post is in delivery: {@code QUEUED → SENDING → POSTED}, or {@code FAILED}, {@code SKIPPED},
 * or {@code IN_DOUBT} (it was being sent when a node died; not re-sent blindly). On a channel with
 * {@code approval: required} a new post starts as {@code AWAITING_APPROVAL} and becomes {@code QUEUED}
 * when a person approves it. Stored lower-case.
 */
public enum PostState {
  QUEUED,
  SENDING,
  POSTED,
  FAILED,
  SKIPPED,
  IN_DOUBT,
  AWAITING_APPROVAL;

  public String dbName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static PostState fromDb(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
