package dev.herald.source;

import dev.herald.config.Secrets;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import okhttp3.MediaType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Completes a feed's article from its web page: Open Graph and article: meta, JSON-LD, canonical
 * link, language and the body text. Thread-safe; one instance serves every source.
 */
public final class ArticleExtractor {

  /** Article pages past this are not read. */
  public static final long MAX_PAGE_BYTES = 3L * 1024 * 1024;

  private static final Logger log = LoggerFactory.getLogger(ArticleExtractor.class);

  private final Fetcher fetcher;

  public ArticleExtractor(Fetcher fetcher) {
    if (fetcher == null) throw new IllegalArgumentException("fetcher == null");
    this.fetcher = fetcher;
  }

  /**
   * Fetches {@code fromFeed.url()} and returns the article with the page's facts filling or
   * overriding the feed's (the body only when the page's is longer). Never throws: on any failure
   * it logs one WARN line and returns {@code fromFeed} unchanged. Safe to call twice.
   */
  public Article enrich(Article fromFeed) {
    if (fromFeed == null || fromFeed.url() == null) return fromFeed;
    try {
      FetchResult page = fetcher.fetchLink(fromFeed.url(), MAX_PAGE_BYTES);
      if (!isHtml(page.contentType())) throw new IOException("not an HTML page (" + page.contentType() + ")");
      Article fromPage = read(page.finalUrl(), page.body(), page.contentType());
      return merge(fromFeed, fromPage);
    } catch (IOException | RuntimeException e) {
      log.warn("could not read the article page {}: {}; keeping the feed's version",
          Secrets.redact(fromFeed.url()), Secrets.redact(String.valueOf(e.getMessage())));
      return fromFeed;
    }
  }

  /**
   * Reads an article page that did not come from a feed ({@code preview --url}). The title falls back
   * to the URL's slug when the page has none; never throws for garbage HTML.
   */
  public Article fromPage(String url, byte[] html, String contentType) {
    Article page = read(url, html == null ? new byte[0] : html, contentType);
    String pageUrl = page.url() != null ? page.url() : UrlNormalizer.normalize(url);
    String title = page.title() != null ? page.title() : SitemapParser.titleFromSlug(pageUrl);
    return new Article(pageUrl, pageUrl, null, title, page.description(), page.body(), page.imageUrl(),
        page.publishedAt(), page.section(), page.keywords(), page.author(), page.language());
  }

  // No Content-Type (a file, a careless server) gets the benefit of the doubt.
  private static boolean isHtml(String contentType) {
    return contentType == null || contentType.toLowerCase(java.util.Locale.ROOT).contains("html");
  }

  static Article read(String url, byte[] html, String contentType) {
    Document document = parse(url, html, contentType);
    return PageFacts.read(document, url);
  }

  private static Document parse(String url, byte[] html, String contentType) {
    MediaType type = contentType == null ? null : MediaType.parse(contentType);
    Charset charset = type == null ? null : type.charset(null);
    try {
      // null charset: jsoup reads the BOM or <meta charset>, else UTF-8
      return Jsoup.parse(new ByteArrayInputStream(html), charset == null ? null : charset.name(), url == null ? "" : url);
    } catch (IOException e) {
      throw new IllegalStateException("reading an in-memory page cannot fail", e);
    }
  }

  static Article merge(Article feed, Article page) {
    return new Article(
        page.url() != null ? page.url() : feed.url(),
        feed.guid(),
        feed.sourceId(),
        either(page.title(), feed.title()),
        either(page.description(), feed.description()),
        longer(page.body(), feed.body()),
        either(page.imageUrl(), feed.imageUrl()),
        either(page.publishedAt(), feed.publishedAt()),
        either(page.section(), feed.section()),
        page.keywords().isEmpty() ? feed.keywords() : page.keywords(),
        either(page.author(), feed.author()),
        either(page.language(), feed.language()));
  }

  private static <T> T either(T preferred, T fallback) {
    return preferred != null ? preferred : fallback;
  }

  // Feeds often carry a teaser in content:encoded; the page has the whole story (and vice versa).
  private static String longer(String page, String feed) {
    if (page == null) return feed;
    if (feed == null) return page;
    return page.length() >= feed.length() ? page : feed;
  }
}
