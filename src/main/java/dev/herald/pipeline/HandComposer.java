package dev.herald.pipeline;

import dev.herald.card.Card;
import dev.herald.card.CardLayout;
import dev.herald.compose.ComposedPost;
import dev.herald.source.Article;
import dev.herald.source.ArticleExtractor;
import dev.herald.source.FetchResult;
import dev.herald.source.Fetcher;
import dev.herald.source.UrlNormalizer;
import dev.herald.store.NewPost;
import dev.herald.store.Store;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A story posted by hand: an operator pastes an article URL, sees every channel's draft and card
 * ({@link #draft}), and queues it on the channels they choose ({@link #queue}). Pages are fetched with
 * the daemon's fetcher, so the same outbound rules apply as for feeds. Also renders a card layout a
 * queued post is switched to when the article has none in that layout yet.
 */
public final class HandComposer {

  private final Store store;
  private final Fetcher fetcher;
  private final ArticleExtractor extractor;
  private final ArticleComposer composer;
  private final Map<String, ChannelPlan> plans;
  private final Clock clock;

  HandComposer(Store store, Fetcher fetcher, ArticleExtractor extractor, ArticleComposer composer,
      Map<String, ChannelPlan> plans, Clock clock) {
    this.store = store;
    this.fetcher = fetcher;
    this.extractor = extractor;
    this.composer = composer;
    this.plans = plans;
    this.clock = clock;
  }

  /** Every enabled channel's text and the cards of their layouts; throws when the page cannot be fetched. */
  public ArticleComposer.Composition draft(String url) throws IOException {
    FetchResult page = fetcher.fetchLink(url, ArticleExtractor.MAX_PAGE_BYTES);
    Article article = extractor.fromPage(page.finalUrl(), page.body(), page.contentType()).withSourceId("manual");
    return composer.compose(article, plans.values());
  }

  /**
   * Queues the composition's posts on {@code channelIds} (unknown or uncomposed ones are left out), due
   * now; returns each new post's id by channel. An article Herald already knows gets posts only on the
   * channels where it has none.
   */
  public Map<String, Long> queue(ArticleComposer.Composition composition, Collection<String> channelIds) {
    Instant now = clock.instant();
    Article article = composition.article();
    return store.database().inTransaction(c -> {
      long articleId = store.articles().insertIfNew(c, article, now)
          .or(() -> store.articles().findByUrl(UrlNormalizer.normalize(article.url())).map(a -> a.id()))
          .orElseThrow(() -> new IllegalStateException("the article is neither new nor known: " + article.url()));
      for (var card : composition.cards().entrySet()) store.cards().put(c, articleId, card.getKey().configName(), card.getValue());
      var queued = new LinkedHashMap<String, Long>();
      for (String id : channelIds) {
        ChannelPlan plan = plans.get(id);
        ComposedPost text = composition.texts().get(id);
        if (plan == null || text == null) continue;
        var post = new NewPost(articleId, id, text.text(), text.link(), text.altText(), plan.layout().configName(),
            Enqueuer.priority(plan.config().priority(), article), now);
        store.posts().enqueue(c, post, now).ifPresent(postId -> queued.put(id, postId));
      }
      return queued;
    });
  }

  /** Makes sure the article has a card in {@code layout}, rendering it now when missing; false when it cannot. */
  public boolean ensureCard(long articleId, CardLayout layout) {
    if (store.cards().get(articleId, layout.configName()).isPresent()) return true;
    Optional<Article> article = store.articles().find(articleId).map(a -> a.article());
    if (article.isEmpty()) return false;
    var limits = new EnumMap<CardLayout, Long>(CardLayout.class);
    limits.put(layout, plans.values().stream().mapToLong(p -> p.provider().maxImageBytes()).min().orElse(5_000_000L));
    Map<CardLayout, Card> cards = composer.renderCards(article.get(), limits);
    Card card = cards.get(layout);
    if (card == null) return false;
    store.cards().put(articleId, layout.configName(), card);
    return true;
  }

  /** The channels a composition can go to, in config order. */
  public Collection<ChannelPlan> channels() {
    return plans.values();
  }
}
