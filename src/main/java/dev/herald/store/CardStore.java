package dev.herald.store;

import dev.herald.card.Card;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** The {@code card} table: an article's rendered headline card per layout, kept for re-sends and previews. */
public final class CardStore {

  private static final String EXISTS = "SELECT 1 FROM card WHERE article_id = ? AND layout = ?";
  private static final String INSERT = """
      INSERT INTO card (article_id, layout, mime, width, height, alt_text, bytes) VALUES (?, ?, ?, ?, ?, ?, ?)
      """;
  private static final String GET = """
      SELECT mime, width, height, alt_text, bytes FROM card WHERE article_id = ? AND layout = ?
      """;

  private final Database db;

  CardStore(Database db) {
    this.db = db;
  }

  /** Stores the card unless one is already stored for this article and layout (the first one wins). */
  public void put(Connection c, long articleId, String layout, Card card) throws SQLException {
    if (layout == null || layout.isBlank()) throw new IllegalArgumentException("layout is required");
    if (card == null || card.bytes() == null) throw new IllegalArgumentException("card bytes are required");
    if (Jdbc.first(c, EXISTS, row -> true, articleId, layout).isPresent()) return;
    Jdbc.insertUnlessDuplicate(c, INSERT,
        articleId, layout, card.mime(), card.width(), card.height(), card.altText(), card.bytes());
  }

  public void put(long articleId, String layout, Card card) {
    db.inTransaction(c -> {
      put(c, articleId, layout, card);
      return null;
    });
  }

  public Optional<Card> get(long articleId, String layout) {
    return db.withConnection(c -> Jdbc.first(c, GET, row -> new Card(row.getBytes("bytes"), row.getString("mime"),
        row.getInt("width"), row.getInt("height"), row.getString("alt_text")), articleId, layout));
  }
}
