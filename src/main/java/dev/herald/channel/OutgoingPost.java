package dev.herald.channel;

import dev.herald.card.Card;

/**
 * Everything a platform client needs for one post. {@code text} is final (composed and fitted to
 * the platform's limit); {@code card} may be null (post without image). {@code idempotencyKey} is
 * stable for the post across retries and restarts.
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
    String idempotencyKey) {}
