package dev.herald.source;

import java.time.Instant;
import java.util.List;

/**
 * One story, identified by its normalized canonical URL ({@link UrlNormalizer}). Fields other
 * than {@code url} and {@code title} may be null/empty when neither the feed nor the page gave
 * them. {@code body} is the article's plain text with paragraphs separated by blank lines.
 * {@code imageAlt} is what the page itself says its lead image shows (its alt text or caption), or null;
 * it is read from the page for composing and not stored. {@code shortHeadlines} are the shorter
 * headlines the page itself gives (its twitter:title, a shorter og:title), cleaned like the title, for
 * a card that cannot hold the full one; read from the page like {@code imageAlt}, not stored.
 */
public record Article(
    String url,
    String guid,
    String sourceId,
    String title,
    String description,
    String body,
    String imageUrl,
    Instant publishedAt,
    String section,
    List<String> keywords,
    String author,
    String language,
    String imageAlt,
    List<String> shortHeadlines) {

  public Article {
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
    shortHeadlines = shortHeadlines == null ? List.of() : List.copyOf(shortHeadlines);
  }

  /** An article without shorter headlines of its own. */
  public Article(String url, String guid, String sourceId, String title, String description, String body, String imageUrl,
      Instant publishedAt, String section, List<String> keywords, String author, String language, String imageAlt) {
    this(url, guid, sourceId, title, description, body, imageUrl, publishedAt, section, keywords, author, language, imageAlt,
        List.of());
  }

  /** An article without a description of its image (feeds, the store). */
  public Article(String url, String guid, String sourceId, String title, String description, String body, String imageUrl,
      Instant publishedAt, String section, List<String> keywords, String author, String language) {
    this(url, guid, sourceId, title, description, body, imageUrl, publishedAt, section, keywords, author, language, null,
        List.of());
  }

  public Article withTitle(String newTitle) {
    return new Article(url, guid, sourceId, newTitle, description, body, imageUrl, publishedAt, section, keywords, author,
        language, imageAlt, shortHeadlines);
  }

  public Article withSourceId(String id) {
    return new Article(url, guid, id, title, description, body, imageUrl, publishedAt, section, keywords, author, language,
        imageAlt, shortHeadlines);
  }
}
