package dev.herald.store;

import dev.herald.config.Secrets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The posts whose answer was lost ({@code in_doubt}) and the moves that settle them without a
 * person. Each move is one conditional update guarded by {@code in_doubt} (a manager or another node
 * that acted first wins) plus one history row that says it was decided automatically and why.
 */
public final class InDoubtPosts {

  private static final String OF_CHANNEL = "SELECT " + PostStore.COLUMNS
      + " FROM post WHERE channel_id = ? AND state = 'in_doubt' ORDER BY updated_at, id LIMIT ?";
  private static final String FIRST_SENT = """
      SELECT MIN(at) AS at FROM post_event WHERE post_id = ? AND state = 'sending'
      """;
  private static final String LAST_EVENT = """
      SELECT message FROM post_event WHERE post_id = ? ORDER BY at DESC, id DESC LIMIT 1
      """;
  private static final String POSTED = """
      UPDATE post SET state = 'posted', platform_id = ?, platform_url = ?, reason = ?, updated_at = ?
      WHERE id = ? AND state = 'in_doubt'
      """;
  private static final String REQUEUED = """
      UPDATE post SET state = 'queued', not_before = ?, reason = ?, updated_at = ?
      WHERE id = ? AND state = 'in_doubt'
      """;
  private static final String STILL_IN_DOUBT = "SELECT 1 FROM post WHERE id = ? AND state = 'in_doubt'";

  private final Database db;
  private final PostStore posts;

  InDoubtPosts(Database db, PostStore posts) {
    this.db = db;
    this.posts = posts;
  }

  /** The channel's in-doubt posts, longest waiting first. */
  public List<Post> of(String channelId, int limit) {
    return db.withConnection(c -> Jdbc.query(c, OF_CHANNEL, posts::mapRow, channelId, limit));
  }

  /** When the post was first claimed for sending (its key first went out); empty if it never was. */
  public Optional<Instant> firstSentAt(long postId) {
    return db.withConnection(c -> Jdbc.first(c, FIRST_SENT, row -> Jdbc.instant(row, "at"), postId));
  }

  /** {@code in_doubt → posted}: the platform shows the post at {@code url}. */
  public boolean settlePosted(long id, String platformId, String url, String message, Instant now) {
    String safe = Secrets.redact(message);
    return db.inTransaction(c -> moved(c, id, PostState.POSTED, safe, now,
        Jdbc.update(c, POSTED, platformId, url, safe, now, id)));
  }

  /** {@code in_doubt → queued}, due now, keeping its keys: the platform shows it never took the post. */
  public boolean requeue(long id, String message, Instant now) {
    String safe = Secrets.redact(message);
    return db.inTransaction(c -> moved(c, id, PostState.QUEUED, safe, now, Jdbc.update(c, REQUEUED, now, safe, now, id)));
  }

  /**
   * Records that the post stays in doubt and why, once: a settler that looks again every few minutes
   * adds no row while its answer is the same. Returns whether a row was added.
   */
  public boolean note(long id, String message, Instant now) {
    String safe = Secrets.redact(message);
    return db.inTransaction(c -> {
      if (Jdbc.first(c, STILL_IN_DOUBT, row -> true, id).isEmpty()) return false;
      if (Jdbc.first(c, LAST_EVENT, row -> row.getString(1), id).filter(safe::equals).isPresent()) return false;
      PostTransitions.recordEvent(c, id, PostState.IN_DOUBT, safe, now);
      return true;
    });
  }

  private static boolean moved(Connection c, long id, PostState entered, String message, Instant now, int updated)
      throws SQLException {
    if (updated == 0) return false;
    PostTransitions.recordEvent(c, id, entered, message, now);
    return true;
  }
}
