package dev.herald.pipeline;

import dev.herald.compose.ComposedPost;
import dev.herald.config.PriorityRule;
import dev.herald.source.Article;
import dev.herald.store.NewPost;
import dev.herald.store.PostState;
import dev.herald.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes one composed article — the article row, its cards and a post per channel — atomically. */
final class Enqueuer {

  private final Store store;
  private final Clock clock;

  Enqueuer(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * The new article's id; empty when another poll (or node, or push) stored the same article first.
   * {@code priority} null lets each channel's priority rules decide; otherwise it is every post's. {@code why}:
   * per channel, why it takes the article (routing), kept in the post's history.
   */
  Optional<Long> store(ArticleComposer.Composition composition, Collection<ChannelPlan> channels, Integer priority,
      Map<String, String> why) {
    Instant now = clock.instant();
    Article article = composition.article();
    return store.database().inTransaction(c -> {
      var id = store.articles().insertIfNew(c, article, now);
      if (id.isEmpty()) return Optional.<Long>empty();
      long articleId = id.get();
      for (var card : composition.cards().entrySet()) {
        store.cards().put(c, articleId, card.getKey().configName(), card.getValue());
      }
      for (ChannelPlan channel : channels) {
        ComposedPost text = composition.texts().get(channel.id());
        String failure = composition.failures().get(channel.id());
        var post = new NewPost(articleId, channel.id(), text == null ? "" : text.text(),
            text == null ? article.url() : text.link(), text == null ? article.title() : text.altText(),
            channel.layout().configName(),
            priority != null ? priority : priority(channel.config().priority(), article), now);
        PostState initial = channel.config().approvalRequired() ? PostState.AWAITING_APPROVAL : PostState.QUEUED;
        var postId = store.posts().enqueue(c, post, initial, now, why.get(channel.id()));
        if (failure != null && postId.isPresent()) store.posts().markFailed(c, postId.get(), failure, now);
      }
      return id;
    });
  }

  /** 1 when any of the channel's priority rules matches the article (breaking news), else 0. */
  static int priority(List<PriorityRule> rules, Article article) {
    for (PriorityRule rule : rules) {
      if (rule.section() != null && article.section() != null
          && rule.section().equalsIgnoreCase(article.section().strip())) return 1;
      if (rule.keyword() != null && article.keywords().stream().anyMatch(k -> k.equalsIgnoreCase(rule.keyword()))) {
        return 1;
      }
      if (rule.headline() != null && article.title() != null && rule.headline().matcher(article.title()).find()) {
        return 1;
      }
    }
    return 0;
  }
}
