package dev.herald.store;

import dev.herald.config.Secrets;
import java.time.Instant;
import java.util.Optional;

/**
 * Holds on channels, in {@code channel_state} so every node sees them. A hold is taken once per
 * outage (a second lost answer keeps the first reason and time), and only one caller at a time wins
 * the right to probe.
 */
public final class ChannelHoldStore {

  private static final String GET = """
      SELECT channel_id, held_reason, held_since, probe_at, probe_failures FROM channel_state
      WHERE channel_id = ? AND held_since IS NOT NULL
      """;
  private static final String HOLD = """
      UPDATE channel_state SET held_reason = ?, held_since = ?, probe_at = ?, probe_failures = 0
      WHERE channel_id = ? AND held_since IS NULL
      """;
  private static final String INSERT = """
      INSERT INTO channel_state (channel_id, paused, held_reason, held_since, probe_at, probe_failures)
      VALUES (?, FALSE, ?, ?, ?, 0)
      """;
  private static final String TAKE_PROBE = """
      UPDATE channel_state SET probe_at = ? WHERE channel_id = ? AND held_since IS NOT NULL AND probe_at <= ?
      """;
  private static final String PROBE_FAILED = """
      UPDATE channel_state SET probe_at = ?, probe_failures = probe_failures + 1, held_reason = ?
      WHERE channel_id = ? AND held_since IS NOT NULL
      """;
  private static final String RELEASE = """
      UPDATE channel_state SET held_reason = NULL, held_since = NULL, probe_at = NULL, probe_failures = 0
      WHERE channel_id = ?
      """;

  private final Database db;

  ChannelHoldStore(Database db) {
    this.db = db;
  }

  /** The channel's hold, or empty when it is not held. */
  public Optional<ChannelHold> get(String channelId) {
    return db.withConnection(c -> Jdbc.first(c, GET, row -> new ChannelHold(row.getString("channel_id"),
        row.getString("held_reason"), Jdbc.instant(row, "held_since"), Jdbc.instant(row, "probe_at"),
        row.getInt("probe_failures")), channelId));
  }

  /** Holds the channel with a (redacted) reason, first probe at {@code probeAt}; returns false when it was already held. */
  public boolean hold(String channelId, String reason, Instant now, Instant probeAt) {
    if (channelId == null) throw new IllegalArgumentException("channelId is required");
    String safe = Secrets.redact(reason);
    return db.inTransaction(c -> {
      if (Jdbc.update(c, HOLD, safe, now, probeAt, channelId) > 0) return true;
      return Jdbc.insertUnlessDuplicate(c, INSERT, channelId, safe, now, probeAt)
          || Jdbc.update(c, HOLD, safe, now, probeAt, channelId) > 0;
    });
  }

  /**
   * Takes the due probe: true for exactly one caller once {@code now} reaches the probe time, which
   * moves to {@code busyUntil} so no other node probes while this one waits for an answer.
   */
  public boolean takeProbe(String channelId, Instant now, Instant busyUntil) {
    return db.inTransaction(c -> Jdbc.update(c, TAKE_PROBE, busyUntil, channelId, now) > 0);
  }

  /** The probe got no answer either: the next one is at {@code nextProbe}. */
  public void probeFailed(String channelId, String reason, Instant nextProbe) {
    db.inTransaction(c -> Jdbc.update(c, PROBE_FAILED, nextProbe, Secrets.redact(reason), channelId));
  }

  /** The platform answers again: the channel is no longer held. Harmless when it is not. */
  public void release(String channelId) {
    db.inTransaction(c -> Jdbc.update(c, RELEASE, channelId));
  }
}
