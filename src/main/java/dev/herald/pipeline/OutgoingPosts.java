package dev.herald.pipeline;

import dev.herald.card.Card;
import dev.herald.channel.OutgoingPost;
import dev.herald.source.Article;
import dev.herald.store.Post;

/** What a platform client is handed for a stored post: the publisher's send and the settler's look-up. */
final class OutgoingPosts {

  private OutgoingPosts() {}

  /** {@code card} may be null (a look-up needs none). */
  static OutgoingPost of(Post post, Article article, Card card) {
    return new OutgoingPost(post.id(), post.channelId(), post.text(), post.link(), article.title(),
        article.description(), article.language(), card, post.idempotencyKey(), post.recordKey());
  }
}
