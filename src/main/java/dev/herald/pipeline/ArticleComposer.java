package dev.herald.pipeline;

import dev.herald.card.Card;
import dev.herald.card.CardLayout;
import dev.herald.card.CardRenderer;
import dev.herald.card.CardRequest;
import dev.herald.card.Images;
import dev.herald.compose.ComposedPost;
import dev.herald.compose.Composer;
import dev.herald.compose.Summarizer;
import dev.herald.compose.Summary;
import dev.herald.config.Outlet;
import dev.herald.config.Secrets;
import dev.herald.config.SourceConfig;
import dev.herald.source.Article;
import dev.herald.source.Fetcher;
import dev.herald.source.Headlines;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one article into everything its posts need: a summary, one text per channel and one card per
 * layout in use (a layout shared by several channels is rendered once, to the smallest byte limit).
 * Used by the poller, which stores the result, and by {@code preview}, which writes it to files.
 */
public final class ArticleComposer {

  private static final Logger log = LoggerFactory.getLogger(ArticleComposer.class);
  private static final long MAX_IMAGE_DOWNLOAD = 15L * 1024 * 1024;

  private final Outlet outlet;
  private final Summarizer summarizer;
  private final Composer composer;
  private final CardRenderer renderer;
  private final Fetcher images;
  /** Each configured source's feed location, by source id: a local feed file's items may show photos beside it. */
  private final Map<String, String> feeds;

  public ArticleComposer(Outlet outlet, Summarizer summarizer, Composer composer, CardRenderer renderer, Fetcher images) {
    this(outlet, summarizer, composer, renderer, images, List.of());
  }

  /** {@code sources}: the configured sources, whose local feed files may name photos in their own directory. */
  public ArticleComposer(Outlet outlet, Summarizer summarizer, Composer composer, CardRenderer renderer, Fetcher images,
      Collection<SourceConfig> sources) {
    this.outlet = outlet;
    this.summarizer = summarizer;
    this.composer = composer;
    this.renderer = renderer;
    this.images = images;
    var feeds = new HashMap<String, String>();
    for (SourceConfig source : sources) if (source.id() != null && source.url() != null) feeds.put(source.id(), source.url());
    this.feeds = Map.copyOf(feeds);
  }

  /** The article's texts and cards; {@code failures} names channels whose text could not be composed. */
  public record Composition(
      Article article, Map<String, ComposedPost> texts, Map<CardLayout, Card> cards, Map<String, String> failures) {}

  public Composition compose(Article article, Collection<ChannelPlan> channels) {
    Summary summary = summarizer.summarize(article);
    var texts = new LinkedHashMap<String, ComposedPost>();
    var failures = new LinkedHashMap<String, String>();
    for (ChannelPlan channel : channels) {
      try {
        texts.put(channel.id(), composer.compose(article, summary, channel.config(), channel.provider().type(),
            channel.rules(), channel.provider().defaultTemplate(channel.config()), outlet));
      } catch (RuntimeException e) {
        // One channel's template problem must not cost the other channels their post.
        log.error("Could not compose {} for {}: {}", article.url(), channel.id(), e.toString());
        failures.put(channel.id(), "compose failed: " + e.getMessage());
      }
    }
    return new Composition(article, texts, renderCards(article, byteLimits(channels)), failures);
  }

  /** Renders every given layout (for preview, which shows them all). */
  public Map<CardLayout, Card> renderCards(Article article, Map<CardLayout, Long> layouts) {
    var cards = new EnumMap<CardLayout, Card>(CardLayout.class);
    if (layouts.isEmpty()) return cards;
    BufferedImage background = background(article);
    String headline = Headlines.withoutOutletName(article.title(), outlet.name(), outlet.url());
    // the page's own shorter headlines (twitter:title, a shorter og:title), for a card that cannot hold the full one
    var shortHeadlines = article.shortHeadlines().stream()
        .map(h -> Headlines.withoutOutletName(h, outlet.name(), outlet.url())).toList();
    var requests = new ArrayList<CardRequest>(layouts.size());
    layouts.forEach((layout, maxBytes) -> requests.add(new CardRequest(
        layout, headline, article.section(), localDate(article), language(article), background,
        outlet.name(), outlet.brand(), maxBytes, shortHeadlines)));
    var rendered = renderer.renderAll(requests);
    for (int i = 0; i < requests.size(); i++) cards.put(requests.get(i).layout(), rendered.get(i));
    return cards;
  }

  private static Map<CardLayout, Long> byteLimits(Collection<ChannelPlan> channels) {
    var limits = new EnumMap<CardLayout, Long>(CardLayout.class);
    for (ChannelPlan c : channels) limits.merge(c.layout(), c.provider().maxImageBytes(), Math::min);
    return limits;
  }

  private BufferedImage background(Article article) {
    String url = article.imageUrl();
    if (url == null || url.isBlank()) return null;
    if (!Fetcher.isFileUrl(url)) return Images.fetch(images, url, MAX_IMAGE_DOWNLOAD).orElse(null);
    // A photo on disk: only one inside the directory of the configured local feed the article came from.
    String feed = article.sourceId() == null ? null : feeds.get(article.sourceId());
    try {
      if (feed == null) throw new IOException("refused: the article comes from no configured local feed");
      return Images.decode(images.fetchBesideFeed(feed, url, MAX_IMAGE_DOWNLOAD).body()).orElse(null);
    } catch (IOException | RuntimeException e) {
      log.warn("image {} not used: {}", Secrets.redact(url), Secrets.redact(String.valueOf(e.getMessage())));
      return null;
    }
  }

  private LocalDate localDate(Article article) {
    return article.publishedAt() == null ? null : article.publishedAt().atZone(outlet.timezone()).toLocalDate();
  }

  private String language(Article article) {
    return article.language() != null ? article.language() : outlet.language();
  }
}
