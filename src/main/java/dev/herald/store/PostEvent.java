package dev.herald.store;

import java.time.Instant;

/** One transition in a post's history: the state it entered, when, and why. */
public record PostEvent(long postId, Instant at, PostState state, String message) {}
