package dev.herald.store;

import java.time.Instant;

/**
 * One operator action: who ({@code actor}: an admin token's name, {@code cli}, or {@code telegram:<user>}),
 * when, what ({@code action}, e.g. {@code approve}), on which post or channel (either may be null),
 * and the value before and after (a state, a text, a time; null when it has none).
 */
public record AuditEntry(Instant at, String actor, String action, Long postId, String channelId, String before,
    String after, String detail) {}
