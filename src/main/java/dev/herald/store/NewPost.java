package dev.herald.store;

import java.time.Instant;

/** A composed post to queue; {@code notBefore} null means due at once. */
public record NewPost(
    long articleId,
    String channelId,
    String text,
    String link,
    String altText,
    String cardLayout,
    int priority,
    Instant notBefore) {}
