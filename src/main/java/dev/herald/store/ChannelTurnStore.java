package dev.herald.store;

import java.time.Instant;

/**
 * The {@code channel_turn} table: which node is publishing a channel right now, in a cluster. A turn
 * is taken (or renewed) by one node at a time and ends when that node gives it back, when it expires,
 * or when the node holding it stops beating in {@code herald_node}: a dead node never blocks a channel
 * for longer than the liveness window.
 */
public final class ChannelTurnStore {

  private static final String TAKE = """
      UPDATE channel_turn SET node_id = ?, expires_at = ?
      WHERE channel_id = ? AND (node_id = ? OR expires_at <= ?
        OR node_id NOT IN (SELECT node_id FROM herald_node WHERE seen_at > ?))
      """;
  private static final String INSERT = "INSERT INTO channel_turn (node_id, expires_at, channel_id) VALUES (?, ?, ?)";
  private static final String GIVE_BACK = "UPDATE channel_turn SET expires_at = ? WHERE channel_id = ? AND node_id = ?";

  private final Database db;

  ChannelTurnStore(Database db) {
    this.db = db;
  }

  /**
   * Takes or renews {@code node}'s turn on {@code channelId} until {@code until}: true when the turn is
   * free, already this node's, expired, or held by a node not seen since {@code deadIfSeenBefore}.
   */
  public boolean take(String channelId, String node, Instant now, Instant until, Instant deadIfSeenBefore) {
    return db.inTransaction(c -> Jdbc.update(c, TAKE, node, until, channelId, node, now, deadIfSeenBefore) > 0
        || Jdbc.insertUnlessDuplicate(c, INSERT, node, until, channelId)
        || Jdbc.update(c, TAKE, node, until, channelId, node, now, deadIfSeenBefore) > 0);
  }

  /** Ends {@code node}'s turn on {@code channelId} (nothing when another node holds it). */
  public void giveBack(String channelId, String node, Instant now) {
    db.inTransaction(c -> Jdbc.update(c, GIVE_BACK, now, channelId, node));
  }
}
