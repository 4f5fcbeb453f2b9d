package dev.herald.store;

import dev.herald.config.Secrets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The delivery state machine. Every transition is one conditional UPDATE guarded by the states it
 * may leave, so two nodes racing for a post cannot both win, plus one post_event row when it moves.
 */
final class PostTransitions {

  private static final String CLAIM = """
      UPDATE post SET state = 'sending', attempts = attempts + 1, claimed_by = ?, claimed_at = ?, updated_at = ?
      WHERE id = ? AND state = 'queued'
      """;
  private static final String POSTED = """
      UPDATE post SET state = 'posted', platform_id = ?, platform_url = ?, reason = NULL, updated_at = ?
      WHERE id = ? AND state = 'sending'
      """;
  private static final String REQUEUE = """
      UPDATE post SET state = 'queued', not_before = ?, reason = ?, updated_at = ?
      WHERE id = ? AND state = 'sending'
      """;
  private static final String FAILED = """
      UPDATE post SET state = 'failed', reason = ?, updated_at = ?
      WHERE id = ? AND state IN ('sending', 'queued', 'awaiting_approval')
      """;
  private static final String SKIPPED = """
      UPDATE post SET state = 'skipped', reason = ?, updated_at = ?
      WHERE id = ? AND state IN ('queued', 'awaiting_approval')
      """;
  private static final String STALE_SENDING = """
      SELECT id FROM post WHERE state = 'sending' AND claimed_at <= ? ORDER BY id
      """;
  // A claim by a node whose heartbeat stopped is as dead as one past the claim timeout.
  private static final String ORPHANED_SENDING = """
      SELECT id FROM post WHERE state = 'sending'
        AND (claimed_at <= ? OR claimed_by IN (SELECT node_id FROM herald_node WHERE seen_at <= ?))
      ORDER BY id
      """;
  private static final String IN_DOUBT = """
      UPDATE post SET state = 'in_doubt', reason = ?, updated_at = ?
      WHERE id = ? AND state = 'sending'
      """;
  // A manager's retry starts a fresh attempt budget; the history keeps the earlier attempts.
  private static final String RETRY = """
      UPDATE post SET state = 'queued', not_before = ?, attempts = 0, reason = NULL, updated_at = ?
      WHERE id = ? AND state IN ('failed', 'in_doubt', 'skipped')
      """;
  private static final String SKIP = """
      UPDATE post SET state = 'skipped', reason = ?, updated_at = ?
      WHERE id = ? AND state IN ('queued', 'failed', 'in_doubt', 'awaiting_approval')
      """;
  private static final String APPROVE = """
      UPDATE post SET state = 'queued', updated_at = ?
      WHERE id = ? AND state = 'awaiting_approval'
      """;
  // Text, card and time may change only while nobody is sending the post.
  private static final String EDIT = """
      UPDATE post SET text = ?, updated_at = ? WHERE id = ? AND state IN ('queued', 'awaiting_approval')
      """;
  private static final String LAYOUT = """
      UPDATE post SET card_layout = ?, updated_at = ? WHERE id = ? AND state IN ('queued', 'awaiting_approval')
      """;
  private static final String RESCHEDULE = """
      UPDATE post SET not_before = ?, updated_at = ? WHERE id = ? AND state IN ('queued', 'awaiting_approval')
      """;
  // Sent now: approved if it waited, due at once, and ahead of breaking news (priority 1) in its queue.
  private static final String SEND_NOW = """
      UPDATE post SET state = 'queued', not_before = ?, priority = 2, updated_at = ?
      WHERE id = ? AND state IN ('queued', 'awaiting_approval')
      """;
  private static final String RESOLVE = """
      UPDATE post SET state = 'posted', platform_url = ?, reason = ?, updated_at = ?
      WHERE id = ? AND state IN ('in_doubt', 'failed', 'queued')
      """;
  private static final String EVENT = """
      INSERT INTO post_event (post_id, at, state, message) VALUES (?, ?, ?, ?)
      """;

  private PostTransitions() {}

  static boolean claim(Connection c, long id, String node, Instant now) throws SQLException {
    return move(c, id, PostState.SENDING, "claimed by " + node, now, CLAIM, node, now, now, id);
  }

  static boolean markPosted(Connection c, long id, String platformId, String url, Instant now) throws SQLException {
    String message = url != null ? url : platformId;
    return move(c, id, PostState.POSTED, message, now, POSTED, platformId, WebUrls.webOrNull(url), now, id);
  }

  static boolean requeue(Connection c, long id, Instant notBefore, String reason, Instant now) throws SQLException {
    String safe = Secrets.redact(reason);
    return move(c, id, PostState.QUEUED, safe, now, REQUEUE, notBefore, safe, now, id);
  }

  static boolean markFailed(Connection c, long id, String reason, Instant now) throws SQLException {
    String safe = Secrets.redact(reason);
    return move(c, id, PostState.FAILED, safe, now, FAILED, safe, now, id);
  }

  static boolean markSkipped(Connection c, long id, String reason, Instant now) throws SQLException {
    String safe = Secrets.redact(reason);
    return move(c, id, PostState.SKIPPED, safe, now, SKIPPED, safe, now, id);
  }

  static boolean markInDoubt(Connection c, long id, String reason, Instant now) throws SQLException {
    String safe = Secrets.redact(reason);
    return move(c, id, PostState.IN_DOUBT, safe, now, IN_DOUBT, safe, now, id);
  }

  static int markSendingInDoubt(Connection c, Instant claimedBefore, String reason, Instant now) throws SQLException {
    String safe = Secrets.redact(reason);
    List<Long> stale = Jdbc.query(c, STALE_SENDING, row -> row.getLong(1), claimedBefore);
    int moved = 0;
    for (long id : stale) {
      if (move(c, id, PostState.IN_DOUBT, safe, now, IN_DOUBT, safe, now, id)) moved++;
    }
    return moved;
  }

  static int markOrphansInDoubt(Connection c, Instant claimedBefore, Instant deadIfSeenBefore, String reason, Instant now)
      throws SQLException {
    String safe = Secrets.redact(reason);
    List<Long> orphans = Jdbc.query(c, ORPHANED_SENDING, row -> row.getLong(1), claimedBefore, deadIfSeenBefore);
    int moved = 0;
    for (long id : orphans) {
      if (move(c, id, PostState.IN_DOUBT, safe, now, IN_DOUBT, safe, now, id)) moved++;
    }
    return moved;
  }

  static boolean retry(Connection c, long id, Instant now) throws SQLException {
    return move(c, id, PostState.QUEUED, "retry requested", now, RETRY, now, now, id);
  }

  static boolean skip(Connection c, long id, String reason, Instant now) throws SQLException {
    String safe = Secrets.redact(reason);
    return move(c, id, PostState.SKIPPED, safe, now, SKIP, safe, now, id);
  }

  static boolean resolve(Connection c, long id, String url, Instant now) throws SQLException {
    String message = "marked posted by hand" + (url == null ? "" : ": " + url);
    return move(c, id, PostState.POSTED, message, now, RESOLVE, WebUrls.webOrNull(url), "marked posted by hand", now, id);
  }

  static boolean approve(Connection c, long id, String message, Instant now) throws SQLException {
    return move(c, id, PostState.QUEUED, message, now, APPROVE, now, id);
  }

  static boolean sendNow(Connection c, long id, Instant now) throws SQLException {
    return move(c, id, PostState.QUEUED, "send now requested", now, SEND_NOW, now, now, id);
  }

  /** The post's text, card layout or slot changed; its state stays, its history says what changed. */
  static boolean edit(Connection c, long id, String text, Instant now) throws SQLException {
    return change(c, id, "text edited", now, EDIT, text, now, id);
  }

  static boolean changeLayout(Connection c, long id, String layout, Instant now) throws SQLException {
    return change(c, id, "card layout set to " + layout, now, LAYOUT, layout, now, id);
  }

  static boolean reschedule(Connection c, long id, Instant notBefore, Instant now) throws SQLException {
    return change(c, id, "rescheduled to " + notBefore, now, RESCHEDULE, notBefore, now, id);
  }

  private static boolean change(Connection c, long id, String message, Instant now, String sql, Object... args)
      throws SQLException {
    if (Jdbc.update(c, sql, args) == 0) return false;
    PostState state = Jdbc.first(c, "SELECT state FROM post WHERE id = ?", row -> PostState.fromDb(row.getString(1)), id)
        .orElseThrow();
    recordEvent(c, id, state, message, now);
    return true;
  }

  static void recordEvent(Connection c, long postId, PostState state, String message, Instant now) throws SQLException {
    Jdbc.update(c, EVENT, postId, now, state.dbName(), message);
  }

  private static boolean move(Connection c, long id, PostState entered, String message, Instant now,
      String sql, Object... args) throws SQLException {
    if (Jdbc.update(c, sql, args) == 0) return false;
    recordEvent(c, id, entered, message, now);
    return true;
  }
}
