package dev.herald.store;

import java.time.Instant;

/**
 * One article's post on one channel, as stored. {@code idempotencyKey} (Mastodon's Idempotency-Key)
 * and {@code recordKey} (Bluesky's rkey) were drawn at random when it was queued and stay for its
 * whole life, so a re-send after a crash reuses them; {@code recordKey} is null on rows posted
 * before the keys were stored.
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
    String idempotencyKey,
    String recordKey) {}
