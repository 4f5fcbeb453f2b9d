package dev.herald.store;

import dev.herald.config.Secrets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code channel_secret_state} table: what a channel keeps across restarts (a session, a
 * refreshed token, when its credential expires), one value per (channel, key). Secret values are
 * registered with {@link Secrets} whenever they are read, so a restarted process redacts them too.
 */
public final class ChannelSecretStore {

  /** One stored value; {@code expiresAt} null when it does not expire. */
  public record Entry(String channelId, String key, String value, boolean secret, Instant expiresAt, Instant updatedAt) {
    @Override
    public String toString() {
      return "Entry[" + channelId + "." + key + ", expiresAt=" + expiresAt + "]"; // the value may be a secret
    }
  }

  private static final String GET = """
      SELECT channel_id, state_key, state_value, secret, expires_at, updated_at FROM channel_secret_state
      WHERE channel_id = ? AND state_key = ?
      """;
  private static final String WITH_KEY = """
      SELECT channel_id, state_key, state_value, secret, expires_at, updated_at FROM channel_secret_state
      WHERE state_key = ? ORDER BY channel_id
      """;
  private static final String UPDATE = """
      UPDATE channel_secret_state SET state_value = ?, secret = ?, expires_at = ?, updated_at = ? WHERE channel_id = ? AND state_key = ?
      """;
  private static final String INSERT = """
      INSERT INTO channel_secret_state (state_value, secret, expires_at, updated_at, channel_id, state_key) VALUES (?, ?, ?, ?, ?, ?)
      """;
  private static final String DELETE = """
      DELETE FROM channel_secret_state WHERE channel_id = ? AND state_key = ?
      """;

  private final Database db;

  ChannelSecretStore(Database db) {
    this.db = db;
  }

  public Optional<Entry> get(String channelId, String key) {
    return db.withConnection(c -> Jdbc.first(c, GET, ChannelSecretStore::entry, channelId, key));
  }

  /** The entries stored under {@code key} for every channel (e.g. each channel's credential expiry), by channel id. */
  public List<Entry> withKey(String key) {
    return db.withConnection(c -> Jdbc.query(c, WITH_KEY, ChannelSecretStore::entry, key));
  }

  public void put(String channelId, String key, String value, boolean secret, Instant expiresAt, Instant now) {
    if (channelId == null || key == null || value == null) throw new IllegalArgumentException("channelId, key and value are required");
    if (secret) Secrets.register(value);
    Object[] args = {value, secret, expiresAt, now, channelId, key};
    db.inTransaction(c -> {
      upsert(c, args);
      return null;
    });
  }

  public void remove(String channelId, String key) {
    db.withConnection(c -> Jdbc.update(c, DELETE, channelId, key));
  }

  private static void upsert(Connection c, Object[] args) throws SQLException {
    if (Jdbc.update(c, UPDATE, args) > 0) return;
    if (!Jdbc.insertUnlessDuplicate(c, INSERT, args)) Jdbc.update(c, UPDATE, args);
  }

  private static Entry entry(java.sql.ResultSet row) throws SQLException {
    boolean secret = row.getBoolean("secret");
    String value = row.getString("state_value");
    if (secret) Secrets.register(value);
    return new Entry(row.getString("channel_id"), row.getString("state_key"), value, secret,
        Jdbc.instant(row, "expires_at"), Jdbc.instant(row, "updated_at"));
  }
}
