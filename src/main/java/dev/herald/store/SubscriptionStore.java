package dev.herald.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The {@code websub_subscription} table (V11): one row per subscribed source. */
public final class SubscriptionStore {

  private static final String COLUMNS = """
      source_id, callback_id, hub_url, topic_url, secret, state, lease_seconds, requested_at, verified_at,
      expires_at, last_delivery_at, last_error""";
  private static final String INSERT = "INSERT INTO websub_subscription (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final Database db;

  SubscriptionStore(Database db) {
    this.db = db;
  }

  /** Replaces the source's subscription (a new hub, topic or callback). */
  public void save(Subscription s) {
    db.inTransaction(c -> {
      Jdbc.update(c, "DELETE FROM websub_subscription WHERE source_id = ?", s.sourceId());
      Jdbc.update(c, INSERT, s.sourceId(), s.callbackId(), s.hubUrl(), s.topicUrl(), s.secret(), name(s.state()),
          s.leaseSeconds(), s.requestedAt(), s.verifiedAt(), s.expiresAt(), s.lastDeliveryAt(), s.lastError());
      return null;
    });
  }

  public Optional<Subscription> forSource(String sourceId) {
    return db.withConnection(c -> Jdbc.first(c, "SELECT " + COLUMNS + " FROM websub_subscription WHERE source_id = ?",
        SubscriptionStore::map, sourceId));
  }

  public Optional<Subscription> forCallback(String callbackId) {
    return db.withConnection(c -> Jdbc.first(c, "SELECT " + COLUMNS + " FROM websub_subscription WHERE callback_id = ?",
        SubscriptionStore::map, callbackId));
  }

  public List<Subscription> all() {
    return db.withConnection(c -> Jdbc.query(c, "SELECT " + COLUMNS + " FROM websub_subscription ORDER BY source_id",
        SubscriptionStore::map));
  }

  /** The hub confirmed intent: the lease runs from {@code now}. */
  public void verified(String callbackId, Long leaseSeconds, Instant now) {
    Instant expires = leaseSeconds == null ? null : now.plusSeconds(leaseSeconds);
    db.inTransaction(c -> Jdbc.update(c, "UPDATE websub_subscription SET state = ?, lease_seconds = ?, verified_at = ?,"
        + " expires_at = ?, last_error = NULL WHERE callback_id = ?", name(Subscription.State.VERIFIED), leaseSeconds, now,
        expires, callbackId));
  }

  public void state(String sourceId, Subscription.State state, String error, Instant requestedAt) {
    db.inTransaction(c -> Jdbc.update(c, "UPDATE websub_subscription SET state = ?, last_error = ?, requested_at = ?"
        + " WHERE source_id = ?", name(state), error, requestedAt, sourceId));
  }

  public void delivered(String callbackId, Instant now) {
    db.inTransaction(c -> Jdbc.update(c, "UPDATE websub_subscription SET last_delivery_at = ? WHERE callback_id = ?",
        now, callbackId));
  }

  public void delete(String sourceId) {
    db.inTransaction(c -> Jdbc.update(c, "DELETE FROM websub_subscription WHERE source_id = ?", sourceId));
  }

  private static String name(Subscription.State state) {
    return state.name().toLowerCase(Locale.ROOT);
  }

  private static Subscription map(ResultSet row) throws SQLException {
    long lease = row.getLong("lease_seconds");
    Long leaseSeconds = row.wasNull() ? null : lease;
    return new Subscription(row.getString("source_id"), row.getString("callback_id"), row.getString("hub_url"),
        row.getString("topic_url"), row.getString("secret"),
        Subscription.State.valueOf(row.getString("state").toUpperCase(Locale.ROOT)), leaseSeconds,
        Jdbc.instant(row, "requested_at"), Jdbc.instant(row, "verified_at"), Jdbc.instant(row, "expires_at"),
        Jdbc.instant(row, "last_delivery_at"), row.getString("last_error"));
  }
}
