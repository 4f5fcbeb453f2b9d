package dev.herald.store;

import dev.herald.source.Article;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The {@code article} table: one row per normalized URL, deduplicated by URL and by GUID per source. */
public final class ArticleStore {

  private static final String KNOWN = """
      SELECT 1 FROM article
      WHERE url = ? OR (guid IS NOT NULL AND guid = ? AND source_id = ?)
      """;

  private static final String INSERT = """
      INSERT INTO article (url, guid, source_id, title, description, body, image_url, published_at,
                           section, keywords, author, language, first_seen_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """;

  private static final String FIND = """
      SELECT id, url, guid, source_id, title, description, body, image_url, published_at,
             section, keywords, author, language, first_seen_at
      FROM article WHERE id = ?
      """;

  private final Database db;

  ArticleStore(Database db) {
    this.db = db;
  }

  /**
   * Inserts the article unless its URL is known, or its GUID is known for the same source; returns
   * the new id, or empty for a known article. Safe to race: a concurrent duplicate loses quietly
   * without spoiling the caller's transaction.
   */
  public Optional<Long> insertIfNew(Connection c, Article article, Instant now) throws SQLException {
    if (article.url() == null || article.url().isBlank()) throw new IllegalArgumentException("article url is required");
    if (article.title() == null) throw new IllegalArgumentException("article title is required: " + article.url());
    if (known(c, article.url(), article.guid(), article.sourceId())) return Optional.empty();
    return Jdbc.insertReturningId(c, INSERT,
        article.url(), blankToNull(article.guid()), article.sourceId(), article.title(), article.description(),
        article.body(), article.imageUrl(), article.publishedAt(), article.section(),
        joinKeywords(article.keywords()), article.author(), article.language(), now);
  }

  public Optional<Long> insertIfNew(Article article, Instant now) {
    return db.inTransaction(c -> insertIfNew(c, article, now));
  }

  /** Whether an article with this URL, or this GUID from this source, is already stored. */
  public boolean known(String url, String guid, String sourceId) {
    return db.withConnection(c -> known(c, url, guid, sourceId));
  }

  public boolean known(Connection c, String url, String guid, String sourceId) throws SQLException {
    return Jdbc.first(c, KNOWN, row -> true, url, blankToNull(guid), sourceId).isPresent();
  }

  public Optional<StoredArticle> find(long id) {
    return db.withConnection(c -> find(c, id));
  }

  public Optional<StoredArticle> find(Connection c, long id) throws SQLException {
    return Jdbc.first(c, FIND, ArticleStore::map, id);
  }

  private static StoredArticle map(ResultSet row) throws SQLException {
    var article = new Article(
        row.getString("url"), row.getString("guid"), row.getString("source_id"), row.getString("title"),
        row.getString("description"), row.getString("body"), row.getString("image_url"),
        Jdbc.instant(row, "published_at"), row.getString("section"), splitKeywords(row.getString("keywords")),
        row.getString("author"), row.getString("language"));
    return new StoredArticle(row.getLong("id"), article, Jdbc.instant(row, "first_seen_at"));
  }

  // One keyword per line; a line break inside a keyword would split it on the way back.
  private static String joinKeywords(List<String> keywords) {
    if (keywords.isEmpty()) return null;
    return String.join("\n", keywords.stream().map(k -> k.replaceAll("[\\r\\n]+", " ")).toList());
  }

  private static List<String> splitKeywords(String keywords) {
    return keywords == null ? List.of() : Arrays.stream(keywords.split("\n")).filter(k -> !k.isEmpty()).toList();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
