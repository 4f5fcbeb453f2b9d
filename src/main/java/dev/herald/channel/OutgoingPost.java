package dev.herald.channel;

import dev.herald.card.Card;

/**
 * Everything a platform client needs for one post. {@code text} is final (composed and fitted to
 * the platform's limit); {@code card} may be null (post without image). {@code idempotencyKey} and
 * {@code recordKey} (a TID, for platforms that let the client name the record) were drawn at random
 * when the post was queued and are stable across retries and restarts.
 */
public record OutgoingPost(
    long postId,
    String channelId,
    String text,
    String link,
    String headline,
    String description,
    String language,
    Card card,
    String idempotencyKey,
    String recordKey) {

  /** A post without a record key, for platforms that name their records themselves. */
  public OutgoingPost(long postId, String channelId, String text, String link, String headline, String description,
      String language, Card card, String idempotencyKey) {
    this(postId, channelId, text, link, headline, description, language, card, idempotencyKey, null);
  }
}
