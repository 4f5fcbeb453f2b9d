package dev.herald.store;

import dev.herald.config.Secrets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/** The {@code channel_state} table: a channel is active unless a row says it is paused. */
public final class ChannelStateStore {

  private static final String GET = """
      SELECT channel_id, paused, pause_reason, paused_at FROM channel_state WHERE channel_id = ?
      """;
  private static final String UPDATE = """
      UPDATE channel_state SET paused = ?, pause_reason = ?, paused_at = ? WHERE channel_id = ?
      """;
  private static final String INSERT = """
      INSERT INTO channel_state (paused, pause_reason, paused_at, channel_id) VALUES (?, ?, ?, ?)
      """;

  private final Database db;

  ChannelStateStore(Database db) {
    this.db = db;
  }

  /** The channel's state; {@link ChannelState#active} when it was never paused. */
  public ChannelState get(String channelId) {
    return db.withConnection(c -> Jdbc.first(c, GET, row -> new ChannelState(row.getString("channel_id"),
        row.getBoolean("paused"), row.getString("pause_reason"), Jdbc.instant(row, "paused_at")), channelId))
        .orElseGet(() -> ChannelState.active(channelId));
  }

  /** Pauses the channel with a (redacted) reason; pausing a paused channel updates the reason and time. */
  public void pause(String channelId, String reason, Instant now) {
    write(channelId, true, Secrets.redact(reason), now);
  }

  /** Makes the channel active again; harmless when it is not paused. */
  public void resume(String channelId) {
    write(channelId, false, null, null);
  }

  private void write(String channelId, boolean paused, String reason, Instant at) {
    if (channelId == null) throw new IllegalArgumentException("channelId is required");
    db.inTransaction(c -> {
      upsert(c, new Object[] {paused, reason, at, channelId});
      return null;
    });
  }

  private static void upsert(Connection c, Object[] args) throws SQLException {
    if (Jdbc.update(c, UPDATE, args) > 0) return;
    if (!Jdbc.insertUnlessDuplicate(c, INSERT, args)) Jdbc.update(c, UPDATE, args);
  }
}
