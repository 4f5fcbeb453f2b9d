package dev.herald.store;

import java.time.Instant;

/**
 * One article's post on one channel, as stored. {@code idempotencyKey} is stable for the post's
 * whole life, so a re-send after a crash can reuse it (Mastodon's Idempotency-Key, Bluesky's rkey).
 */
public record Post(
    long id,
    long articleId,
    String channelId,
    PostState state,
    String text,
    String link,
    String altText,
    String cardLayout,
    int priority,
    int attempts,
    Instant notBefore,
    Instant createdAt,
    Instant updatedAt,
    String claimedBy,
    Instant claimedAt,
    String platformId,
    String platformUrl,
    String reason,
    String idempotencyKey) {}
