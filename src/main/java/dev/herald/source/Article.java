package dev.herald.source;

import java.time.Instant;
import java.util.List;

/**
 * One story, identified by its normalized canonical URL ({@link UrlNormalizer}). Fields other
 * than {@code url} and {@code title} may be null/empty when neither the feed nor the page gave
 * them. {@code body} is the article's plain text with paragraphs separated by blank lines.
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
    String language) {

  public Article {
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
  }

  public Article withSourceId(String id) {
    return new Article(url, guid, id, title, description, body, imageUrl, publishedAt, section, keywords, author, language);
  }
}
