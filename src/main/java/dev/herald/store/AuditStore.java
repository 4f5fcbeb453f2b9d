package dev.herald.store;

import dev.herald.config.Secrets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The {@code audit_log} table: every operator action, append-only, written in the action's transaction. */
public final class AuditStore {

  private static final String INSERT = """
      INSERT INTO audit_log (at, actor, action, post_id, channel_id, before_value, after_value, detail)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      """;
  private static final String COLUMNS = "at, actor, action, post_id, channel_id, before_value, after_value, detail";
  private static final String FOR_POST = "SELECT " + COLUMNS + " FROM audit_log WHERE post_id = ? ORDER BY at, id";
  private static final String RECENT = "SELECT " + COLUMNS + " FROM audit_log ORDER BY at DESC, id DESC LIMIT ?";

  private final Database db;

  AuditStore(Database db) {
    this.db = db;
  }

  /** Records {@code entry} in the caller's transaction; free text passes through {@link Secrets#redact}. */
  public void record(Connection c, AuditEntry entry) throws SQLException {
    Jdbc.update(c, INSERT, entry.at(), entry.actor(), entry.action(), entry.postId(), entry.channelId(),
        Secrets.redact(entry.before()), Secrets.redact(entry.after()), Secrets.redact(entry.detail()));
  }

  /** What people did to this post, oldest first. */
  public List<AuditEntry> forPost(long postId) {
    return db.withConnection(c -> Jdbc.query(c, FOR_POST, AuditStore::map, postId));
  }

  /** The newest actions first. */
  public List<AuditEntry> recent(int limit) {
    if (limit <= 0) throw new IllegalArgumentException("limit <= 0");
    return db.withConnection(c -> Jdbc.query(c, RECENT, AuditStore::map, limit));
  }

  private static AuditEntry map(ResultSet row) throws SQLException {
    long post = row.getLong("post_id");
    Long postId = row.wasNull() ? null : post;
    return new AuditEntry(Jdbc.instant(row, "at"), row.getString("actor"), row.getString("action"),
        postId, row.getString("channel_id"), row.getString("before_value"),
        row.getString("after_value"), row.getString("detail"));
  }
}
