package dev.herald.store;

import dev.herald.config.Secrets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The {@code source_state} table: one row per source id, written after every poll. */
public final class SourceStateStore {

  private static final String GET = """
      SELECT source_id, etag, last_modified, primed, last_polled_at, last_success_at, last_error, items_seen
      FROM source_state WHERE source_id = ?
      """;
  private static final String UPDATE = """
      UPDATE source_state
      SET etag = ?, last_modified = ?, primed = ?, last_polled_at = ?, last_success_at = ?, last_error = ?, items_seen = ?
      WHERE source_id = ?
      """;
  private static final String INSERT = """
      INSERT INTO source_state (etag, last_modified, primed, last_polled_at, last_success_at, last_error, items_seen, source_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      """;

  private final Database db;

  SourceStateStore(Database db) {
    this.db = db;
  }

  /** The stored state, or {@link SourceState#fresh} when the source was never polled. */
  public SourceState get(String sourceId) {
    return db.withConnection(c -> get(c, sourceId));
  }

  public SourceState get(Connection c, String sourceId) throws SQLException {
    return Jdbc.first(c, GET, SourceStateStore::map, sourceId).orElseGet(() -> SourceState.fresh(sourceId));
  }

  /** Inserts or replaces the source's row; {@code lastError} is redacted on the way in. */
  public void save(SourceState state) {
    db.inTransaction(c -> {
      save(c, state);
      return null;
    });
  }

  public void save(Connection c, SourceState state) throws SQLException {
    if (state.sourceId() == null) throw new IllegalArgumentException("sourceId is required");
    Object[] args = {state.etag(), state.lastModified(), state.primed(), state.lastPolledAt(),
        state.lastSuccessAt(), Secrets.redact(state.lastError()), state.itemsSeen(), state.sourceId()};
    if (Jdbc.update(c, UPDATE, args) > 0) return;
    // Update-then-insert is portable; a node that inserted in between makes our insert a duplicate.
    if (!Jdbc.insertUnlessDuplicate(c, INSERT, args)) Jdbc.update(c, UPDATE, args);
  }

  private static SourceState map(ResultSet row) throws SQLException {
    return new SourceState(row.getString("source_id"), row.getString("etag"), row.getString("last_modified"),
        row.getBoolean("primed"), Jdbc.instant(row, "last_polled_at"), Jdbc.instant(row, "last_success_at"),
        row.getString("last_error"), row.getInt("items_seen"));
  }
}
