package dev.herald.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jdom2.Document;

/**
 * Reads any feed Herald supports — RSS 0.9x/1.0 (RDF)/2.0, Atom, JSON Feed 1.0/1.1, Google News and
 * plain sitemaps — detected from the document itself. Stateless and thread-safe.
 */
public final class FeedParser {

  private FeedParser() {}

  /**
   * Returns the feed's items newest first (items without a date keep their feed order, after the
   * dated ones), with links made absolute against {@code baseUrl} and normalized. Throws
   * FeedException with a clear message for malformed, hostile or unknown documents.
   */
  public static List<Article> parse(byte[] body, String contentType, String baseUrl) throws FeedException {
    if (body == null || body.length == 0) throw new FeedException("empty document: nothing to parse");
    try {
      return parseAny(body, contentType, baseUrl);
    } catch (RuntimeException | StackOverflowError e) {
      // A parser bug on hostile input must be this source's error, not a crashed poll with a stack trace.
      throw new FeedException("unreadable feed (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  private static List<Article> parseAny(byte[] body, String contentType, String baseUrl) throws FeedException {
    List<Article> items = switch (Sources.sniff(body)) {
      case JSON -> JsonFeedParser.parse(body, baseUrl);
      case XML -> parseXml(body, contentType, baseUrl);
      case HTML -> throw new FeedException("this is an HTML page, not a feed");
      case UNKNOWN -> throw new FeedException("not a feed: the document is neither XML nor JSON");
    };
    var sorted = new ArrayList<Article>();
    for (Article item : items) sorted.add(SafeText.clean(item));
    sorted.sort(Comparator.comparing(Article::publishedAt, Comparator.nullsLast(Comparator.reverseOrder())));
    return List.copyOf(sorted);
  }

  private static List<Article> parseXml(byte[] body, String contentType, String baseUrl) throws FeedException {
    Document document = XmlDocuments.parse(body, contentType);
    String root = document.getRootElement().getName().toLowerCase(Locale.ROOT);
    return switch (root) {
      case "urlset" -> SitemapParser.parse(document, baseUrl);
      case "sitemapindex" -> throw new FeedException(
          "this is a sitemap index: point the source at one of the sitemaps it lists");
      default -> RomeFeeds.parse(document, baseUrl);
    };
  }
}
