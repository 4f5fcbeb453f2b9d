package dev.herald.pipeline;

import dev.herald.config.SourceConfig;
import dev.herald.source.Article;
import dev.herald.source.ArticleExtractor;
import dev.herald.source.ItemFilter;
import dev.herald.source.UrlNormalizer;
import dev.herald.store.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way an article enters Herald, whoever found it (a poll, a push from the CMS, a WebSub
 * delivery): dedupe by normalized URL (and the source's GUID), the source's include/exclude filter,
 * page extraction when the source asks for it, composition, and the article with its cards and posts
 * stored in one transaction — so a story that came in one way is never posted again when it comes in
 * another. Thread-safe.
 */
public final class Ingest {

  private static final Logger log = LoggerFactory.getLogger(Ingest.class);

  private final Store store;
  private final ArticleExtractor extractor;
  private final ArticleComposer composer;
  private final Collection<ChannelPlan> channels;
  private final String outletLanguage;
  private final Clock clock;
  private final Enqueuer enqueuer;
  private static final long WAKE_EVERY_NANOS = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(500);

  private volatile Runnable onQueued = () -> {};

  Ingest(Store store, ArticleExtractor extractor, ArticleComposer composer, Collection<ChannelPlan> channels,
      String outletLanguage, Clock clock) {
    this.store = store;
    this.outletLanguage = outletLanguage;
    this.extractor = extractor;
    this.composer = composer;
    this.channels = channels;
    this.clock = clock;
    this.enqueuer = new Enqueuer(store, clock);
  }

  /** What one {@link #accept} did: {@code seen} new articles stored, {@code queued} of them with posts. */
  public record Result(int seen, int queued, List<Long> articleIds) {}

  /**
   * One article pushed by someone who knows it is news ({@code priority} null: the channels' rules
   * decide; {@code only} empty: every routed channel). Returns the stored article's id, or empty when
   * the article was known already or the source's filter drops it.
   */
  public Optional<Long> accept(SourceConfig source, Article pushed, Integer priority, Set<String> only) {
    Article item = normalized(pushed).withSourceId(source.id());
    if (!new ItemFilter(source.include(), source.exclude()).keeps(item)) return Optional.empty();
    if (store.articles().known(item.url(), item.guid(), source.id())) return Optional.empty();
    // What the sender gave wins over the page; the page is read only when something is missing.
    boolean complete = item.title() != null && item.description() != null && item.imageUrl() != null;
    Article article = source.extract() && !complete ? over(extractor.enrich(item), item) : item;
    Optional<Long> id = store(article, priority, only);
    if (id.isPresent()) onQueued.run();
    return id;
  }

  /**
   * Articles of one source, newest first, as a feed lists them. Unless the source is {@code primed}
   * (polled before), only its {@code backfill} newest new items are queued; the rest are marked seen.
   * Stored oldest first, so queues run in publication order.
   */
  public Result accept(SourceConfig source, List<Article> newestFirst, boolean primed) {
    var filter = new ItemFilter(source.include(), source.exclude());
    List<Article> items = newestFirst.stream().map(a -> normalized(a).withSourceId(source.id())).filter(filter::keeps).toList();
    var known = store.articles().knownAmong(items, source.id());
    List<Article> fresh = new ArrayList<>();
    for (Article item : items) {
      if (!known.contains(item)) fresh.add(item);
    }
    int postable = primed ? fresh.size() : Math.min(source.backfill(), fresh.size());
    int seen = 0;
    int queued = 0;
    var ids = new ArrayList<Long>();
    long lastWake = System.nanoTime() - WAKE_EVERY_NANOS - 1;
    for (int i = fresh.size() - 1; i >= 0; i--) {
      Article item = fresh.get(i);
      boolean post = i < postable;
      Optional<Long> id = post ? queue(source, item, null, Set.of()) : markSeen(item);
      if (id.isPresent()) {
        seen++;
        ids.add(id.get());
        if (post) queued++;
      }
      // A poll that finds several stories: the first goes out while the next are still being composed
      // (the publishers are woken at most every WAKE_EVERY; the poll's end wakes them once more).
      if (post && id.isPresent() && i > 0 && System.nanoTime() - lastWake > WAKE_EVERY_NANOS) {
        lastWake = System.nanoTime();
        onQueued.run();
      }
    }
    if (!primed && fresh.size() > postable) {
      log.info("Source {}: first poll, {} older item(s) marked as seen without posting (backfill {})",
          source.id(), fresh.size() - postable, source.backfill());
    }
    return new Result(seen, queued, ids);
  }

  /**
   * Items a hub delivered (WebSub): as a poll of a primed source, then the publish jobs run at once
   * (a poll's own job starts them itself).
   */
  public Result deliver(SourceConfig source, List<Article> newestFirst) {
    Result result = accept(source, newestFirst, true);
    if (result.queued() > 0) onQueued.run();
    return result;
  }

  /** Called after a push or a delivery queued posts (the daemon starts its publish jobs at once); replaces the previous one. */
  public void onQueued(Runnable listener) {
    this.onQueued = listener == null ? () -> {} : listener;
  }

  private Optional<Long> markSeen(Article item) {
    return store.database().inTransaction(c -> store.articles().insertIfNew(c, item, clock.instant()));
  }

  private Optional<Long> queue(SourceConfig source, Article item, Integer priority, Set<String> only) {
    return store(source.extract() ? extractor.enrich(item) : item, priority, only);
  }

  /** Composes for the channels that take the article (routing, and {@code only} when a push names channels) and stores it. */
  private Optional<Long> store(Article extracted, Integer priority, Set<String> only) {
    Article article = titled(extracted);
    var targets = new ArrayList<ChannelPlan>();
    var why = new LinkedHashMap<String, String>();
    for (ChannelPlan channel : channels) {
      if (!only.isEmpty() && !only.contains(channel.id())) continue;
      Routes.Decision route = Routes.decide(channel.config().routing(), article, outletLanguage);
      if (!route.routed()) {
        log.info("Not for {}: {} ({})", channel.id(), article.url(), route.why());
        continue;
      }
      targets.add(channel);
      if (!only.isEmpty()) why.put(channel.id(), "pushed for this channel");
      else if (route.why() != null) why.put(channel.id(), "routed: " + route.why());
    }
    var composition = composer.compose(article, targets);
    return enqueuer.store(composition, targets, priority, why);
  }

  private static Article over(Article page, Article given) {
    return new Article(page.url(), page.guid(), given.sourceId(), or(given.title(), page.title()),
        or(given.description(), page.description()), page.body(), or(given.imageUrl(), page.imageUrl()),
        given.publishedAt() != null ? given.publishedAt() : page.publishedAt(), or(given.section(), page.section()),
        given.keywords().isEmpty() ? page.keywords() : given.keywords(), page.author(), or(given.language(), page.language()),
        given.imageUrl() == null ? page.imageAlt() : null, page.shortHeadlines());
  }

  private static String or(String given, String page) {
    return given != null ? given : page;
  }

  // A pushed link whose page could not be read still needs a headline: its slug, as for a sitemap.
  private static Article titled(Article a) {
    if (a.title() != null && !a.title().isBlank()) return a;
    return new Article(a.url(), a.guid(), a.sourceId(), ArticleExtractor.titleFromSlug(a.url()), a.description(), a.body(),
        a.imageUrl(), a.publishedAt(), a.section(), a.keywords(), a.author(), a.language(), a.imageAlt(), a.shortHeadlines());
  }

  // Feeds already hand over normalized URLs; a pushed link may still carry utm_ tags or a fragment.
  private static Article normalized(Article a) {
    String url = UrlNormalizer.normalize(a.url());
    if (url.equals(a.url())) return a;
    return new Article(url, a.guid(), a.sourceId(), a.title(), a.description(), a.body(), a.imageUrl(), a.publishedAt(),
        a.section(), a.keywords(), a.author(), a.language(), a.imageAlt(), a.shortHeadlines());
  }
}
