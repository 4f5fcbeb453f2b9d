package dev.herald.store;

import java.time.Instant;
import java.util.Optional;

/** The {@code public_card} table: card images served without a token until they expire. */
public final class PublicCardStore {

  /** The image bytes and their type, as served. */
  public record Image(byte[] bytes, String mime) {}

  private static final String INSERT = """
      INSERT INTO public_card (id, mime, bytes, created_at, expires_at) VALUES (?, ?, ?, ?, ?)
      """;
  private static final String GET = """
      SELECT mime, bytes FROM public_card WHERE id = ? AND expires_at > ?
      """;
  private static final String PURGE = "DELETE FROM public_card WHERE expires_at <= ?";

  private final Database db;

  PublicCardStore(Database db) {
    this.db = db;
  }

  /** Stores the image under {@code id} and drops the expired ones, so the table holds only two days of cards. */
  public void put(String id, Image image, Instant now, Instant expiresAt) {
    db.inTransaction(c -> {
      Jdbc.update(c, PURGE, now);
      Jdbc.update(c, INSERT, id, image.mime(), image.bytes(), now, expiresAt);
      return null;
    });
  }

  /** The image while it has not expired; empty for an unknown or expired id. */
  public Optional<Image> get(String id, Instant now) {
    return db.withConnection(c -> Jdbc.first(c, GET, row -> new Image(row.getBytes("bytes"), row.getString("mime")), id, now));
  }
}
