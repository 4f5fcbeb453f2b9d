package dev.herald.store;

import java.time.Instant;
import java.util.List;

/**
 * The {@code herald_node} table: each running daemon's heartbeat. A node whose heartbeat is older than
 * the liveness window has died; the posts it was sending are then recovered without waiting for the
 * claim timeout. A node that stops cleanly removes its row.
 */
public final class NodeStore {

  private static final String BEAT = "UPDATE herald_node SET seen_at = ? WHERE node_id = ?";
  private static final String INSERT = "INSERT INTO herald_node (seen_at, node_id) VALUES (?, ?)";
  private static final String LEAVE = "DELETE FROM herald_node WHERE node_id = ?";
  // Rows of nodes dead for a day have done their job: their posts were recovered long ago.
  private static final String FORGET = "DELETE FROM herald_node WHERE seen_at < ?";

  private static final String LIVE = "SELECT node_id FROM herald_node WHERE seen_at > ? ORDER BY node_id";

  private final Database db;

  NodeStore(Database db) {
    this.db = db;
  }

  /** Records that {@code node} is alive at {@code now}. */
  public void heartbeat(String node, Instant now) {
    db.inTransaction(c -> {
      if (Jdbc.update(c, BEAT, now, node) > 0) return null;
      if (!Jdbc.insertUnlessDuplicate(c, INSERT, now, node)) Jdbc.update(c, BEAT, now, node);
      return null;
    });
  }

  /** The node stopped cleanly: it holds no claim any more. */
  public void leave(String node) {
    db.inTransaction(c -> Jdbc.update(c, LEAVE, node));
  }

  public void forgetBefore(Instant before) {
    db.inTransaction(c -> Jdbc.update(c, FORGET, before));
  }

  /** The nodes seen after {@code deadIfSeenBefore}, by id: every node computes the same list. */
  public List<String> live(Instant deadIfSeenBefore) {
    return db.withConnection(c -> Jdbc.query(c, LIVE, row -> row.getString(1), deadIfSeenBefore));
  }
}
