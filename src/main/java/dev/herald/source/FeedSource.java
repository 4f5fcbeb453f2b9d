package dev.herald.source;

import dev.herald.config.SourceConfig;
import java.io.IOException;
import java.util.List;

/**
 * A configured feed: each poll is a conditional fetch plus a parse, keeping only the items the
 * source's include/exclude lists allow, each stamped with the source's id.
 */
public final class FeedSource implements Source {

  /** Feeds are small; anything past this is not a feed we want to hold in memory. */
  public static final long MAX_FEED_BYTES = 10L * 1024 * 1024;

  /**
   * Items taken from one poll, newest first. A feed or sitemap of 100,000 entries is a back catalogue,
   * not news: the rest would only be marked seen, at a store lookup each.
   */
  public static final int MAX_ITEMS_PER_POLL = 500;

  private final SourceConfig config;
  private final Fetcher fetcher;
  private final ItemFilter filter;

  public FeedSource(SourceConfig config, Fetcher fetcher) {
    if (config == null) throw new IllegalArgumentException("config == null");
    if (fetcher == null) throw new IllegalArgumentException("fetcher == null");
    this.config = config;
    this.fetcher = fetcher;
    this.filter = new ItemFilter(config.include(), config.exclude());
  }

  /** The source's URL answered a web page, not a feed: {@link FeedDiscovery} may find the feeds it names. */
  public static final class HomePage extends FeedException {
    private final transient FetchResult page;

    HomePage(String sourceId, FetchResult page) {
      super("source '" + sourceId + "': " + dev.herald.config.Secrets.redact(page.finalUrl()) + " is a web page, not a feed", null);
      this.page = page;
    }

    public FetchResult page() {
      return page;
    }
  }

  @Override
  public String id() {
    return config.id();
  }

  /** Every item the feed lists now, before the filters (for "why wasn't this posted?"). */
  public List<Article> listed() throws IOException, FeedException {
    FetchResult fetched = fetcher.fetch(config.url(), FetchState.NONE, MAX_FEED_BYTES);
    return FeedParser.parse(fetched.body(), fetched.contentType(), fetched.finalUrl());
  }

  /** Which of this source's include/exclude rules drops {@code article}; empty when it is kept. */
  public java.util.Optional<String> dropReason(Article article) {
    return filter.dropReason(article);
  }

  /** Throws IOException when the feed cannot be fetched and FeedException (naming the source) when it cannot be read. */
  @Override
  public PollResult poll(FetchState previous) throws IOException, FeedException {
    FetchResult fetched = fetcher.fetch(config.url(), previous, MAX_FEED_BYTES);
    if (!fetched.modified()) return PollResult.notModified(fetched.state());
    if (Sources.sniff(fetched.body()) == Sources.Kind.HTML) throw new HomePage(config.id(), fetched);
    List<Article> items;
    try {
      items = FeedParser.parse(fetched.body(), fetched.contentType(), fetched.finalUrl());
    } catch (FeedException e) {
      throw new FeedException("source '" + config.id() + "': " + e.getMessage(), e);
    }
    List<Article> kept = filter.apply(items).stream().limit(MAX_ITEMS_PER_POLL).map(a -> a.withSourceId(config.id())).toList();
    return new PollResult(true, kept, fetched.state(), HubLinks.find(fetched).orElse(null), fetched.freshFor());
  }
}
