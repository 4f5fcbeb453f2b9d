package dev.herald.source;

import dev.herald.config.Secrets;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

  /** Reading one fetched page (parse + extraction) gets this much CPU time; then the feed's own text is used. */
  public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(2);

  /** How many budgets of wall-clock time a reader may take on a busy machine before it is abandoned. */
  private static final int WALL_CLOCK_SLACK = 5;

  /** Deeper pages are no article a person wrote; they are refused in one linear pass after parsing. */
  static final int MAX_DEPTH = 512;

  private static final Logger log = LoggerFactory.getLogger(ArticleExtractor.class);

  /** Page reading threads: few (reading is CPU work), daemon (they never hold up shutdown). */
  private static final ExecutorService READERS = Executors.newFixedThreadPool(2, r -> {
    Thread t = new Thread(r, "herald-page-reader");
    t.setDaemon(true);
    return t;
  });

  private final Fetcher fetcher;
  private final Duration budget;

  public ArticleExtractor(Fetcher fetcher) {
    this(fetcher, DEFAULT_BUDGET);
  }

  public ArticleExtractor(Fetcher fetcher, Duration budget) {
    if (fetcher == null) throw new IllegalArgumentException("fetcher == null");
    if (budget == null || budget.isNegative() || budget.isZero()) throw new IllegalArgumentException("budget must be positive");
    this.fetcher = fetcher;
    this.budget = budget;
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
      Article fromPage = readWithinBudget(page);
      return merge(fromFeed, fromPage);
    } catch (IOException | RuntimeException e) {
      log.warn("could not read the article page {}: {}; keeping the feed's version",
          Secrets.redact(fromFeed.url()), Secrets.redact(String.valueOf(e.getMessage())));
      return fromFeed;
    }
  }

  /**
   * Reads an article page that did not come from a feed ({@code preview --url}). The title falls back
   * to the URL's slug when the page has none; never throws for garbage HTML (a page over the time budget
   * or nested too deep gives just that, with one WARN).
   */
  public Article fromPage(String url, byte[] html, String contentType) {
    Article page;
    try {
      page = read(url, html == null ? new byte[0] : html, contentType, Deadline.in(budget));
    } catch (RuntimeException e) {
      log.warn("could not read the page {}: {}; using its address only", Secrets.redact(String.valueOf(url)), e.getMessage());
      page = new Article(null, null, null, null, null, null, null, null, null, List.of(), null, null);
    }
    String pageUrl = page.url() != null ? page.url() : UrlNormalizer.normalize(url);
    String title = page.title() != null ? page.title() : SitemapParser.titleFromSlug(pageUrl);
    return new Article(pageUrl, pageUrl, null, title, page.description(), page.body(), page.imageUrl(),
        page.publishedAt(), page.section(), page.keywords(), page.author(), page.language(), page.imageAlt(),
        page.shortHeadlines());
  }

  /** A readable headline from a link's last path segment, for an article known only by its address. */
  public static String titleFromSlug(String url) {
    return SitemapParser.titleFromSlug(url);
  }

  // The deadline inside counts the reader's CPU time and ends the work; the wall-clock wait here is the
  // backstop for a reader starved of CPU or stuck where no check runs.
  private Article readWithinBudget(FetchResult page) throws IOException {
    Future<Article> reading = READERS.submit(() -> read(page.finalUrl(), page.body(), page.contentType(), Deadline.in(budget)));
    try {
      return reading.get(budget.toMillis() * WALL_CLOCK_SLACK, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      reading.cancel(true);
      throw new IOException("reading the page took longer than its " + budget.toMillis() + " ms budget");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading the page");
    }
  }

  // No Content-Type (a file, a careless server) gets the benefit of the doubt.
  private static boolean isHtml(String contentType) {
    return contentType == null || contentType.toLowerCase(java.util.Locale.ROOT).contains("html");
  }

  static Article read(String url, byte[] html, String contentType) {
    return read(url, html, contentType, Deadline.none());
  }

  /** Throws {@link Deadline.Exceeded} past the deadline and IllegalArgumentException for a page nested too deep. */
  static Article read(String url, byte[] html, String contentType, Deadline deadline) {
    Document document = parse(url, html, contentType, deadline);
    PageDepth.requireAtMost(document, MAX_DEPTH, deadline);
    return SafeText.clean(PageFacts.read(document, url, deadline));
  }

  private static Document parse(String url, byte[] html, String contentType, Deadline deadline) {
    MediaType type = contentType == null ? null : MediaType.parse(contentType);
    Charset charset = type == null ? null : type.charset(null);
    try {
      // null charset: jsoup reads the BOM or <meta charset>, else UTF-8. The guarded stream ends a parse
      // that runs out of time (jsoup's tree builder slows down on absurdly deep nesting).
      return Jsoup.parse(deadline.guard(html), charset == null ? null : charset.name(), url == null ? "" : url);
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
        either(page.language(), feed.language()),
        // the page's alt text describes the page's image; a feed's image keeps the feed's (none)
        page.imageUrl() != null ? page.imageAlt() : feed.imageAlt(),
        page.shortHeadlines().isEmpty() ? feed.shortHeadlines() : page.shortHeadlines());
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
