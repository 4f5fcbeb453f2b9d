package dev.herald.store;

import dev.herald.source.Article;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The {@code article} table: one row per normalized URL, deduplicated by URL and by GUID per source. */
public final class ArticleStore {

  // Two lookups, each on a unique index (article_url_unique, article_source_guid_unique). One query
  // with "url = ? OR (guid …)" made H2 scan the whole table: hours for a 100,000-item first poll.
  private static final String KNOWN_URL = "SELECT 1 FROM article WHERE url = ?";
  private static final String KNOWN_GUID = "SELECT 1 FROM article WHERE source_id = ? AND guid = ?";

  /** Values per IN list: well under every driver's parameter limit, few round trips. */
  static final int BATCH = 300;

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

  private static final String FIND_BY_URL = """
      SELECT id, url, guid, source_id, title, description, body, image_url, published_at,
             section, keywords, author, language, first_seen_at
      FROM article WHERE url = ?
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
    if (Jdbc.first(c, KNOWN_URL, row -> true, url).isPresent()) return true;
    String g = blankToNull(guid);
    return g != null && Jdbc.first(c, KNOWN_GUID, row -> true, sourceId, g).isPresent();
  }

  /**
   * The articles among {@code items} (all from {@code sourceId}) that are already stored, by URL or by
   * this source's GUID — a few batched, index-backed queries instead of one lookup per item.
   */
  public Set<Article> knownAmong(List<Article> items, String sourceId) {
    return db.withConnection(c -> knownAmong(c, items, sourceId));
  }

  public Set<Article> knownAmong(Connection c, List<Article> items, String sourceId) throws SQLException {
    var urls = new HashSet<String>();
    var guids = new HashSet<String>();
    List<String> allUrls = items.stream().map(Article::url).filter(u -> u != null).distinct().toList();
    List<String> allGuids = items.stream().map(a -> blankToNull(a.guid())).filter(g -> g != null).distinct().toList();
    for (List<String> batch : batches(allUrls)) {
      urls.addAll(Jdbc.query(c, "SELECT url FROM article WHERE url IN (" + marks(batch.size()) + ")",
          row -> row.getString(1), batch.toArray()));
    }
    for (List<String> batch : batches(allGuids)) {
      // On article_guid_idx (V7); the source is compared here so no planner picks the (source_id, guid) prefix.
      for (String[] row : Jdbc.query(c, "SELECT guid, source_id FROM article WHERE guid IN (" + marks(batch.size()) + ")",
          r -> new String[] {r.getString(1), r.getString(2)}, batch.toArray())) {
        if (row[1].equals(sourceId)) guids.add(row[0]);
      }
    }
    var known = new HashSet<Article>();
    for (Article item : items) {
      if (urls.contains(item.url()) || guids.contains(blankToNull(item.guid()))) known.add(item);
    }
    return known;
  }

  private static List<List<String>> batches(List<String> values) {
    var out = new ArrayList<List<String>>();
    for (int i = 0; i < values.size(); i += BATCH) out.add(values.subList(i, Math.min(values.size(), i + BATCH)));
    return out;
  }

  private static String marks(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  /** The id of the article stored under this (normalized) URL. */
  public Optional<Long> idOf(String url) {
    return findByUrl(url).map(StoredArticle::id);
  }

  /** The article stored under this (normalized) URL. */
  public Optional<StoredArticle> findByUrl(String url) {
    return db.withConnection(c -> Jdbc.first(c, FIND_BY_URL, ArticleStore::map, url));
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
