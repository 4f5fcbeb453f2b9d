package dev.herald.config;

import java.time.Duration;

/**
 * Quartz and delivery policy. {@code clustered} runs Quartz's clustered JDBC job store (PostgreSQL
 * only). {@code maxAttempts} bounds retries of retryable failures; backoff starts at
 * {@code retryBase} and doubles, with jitter, up to {@code retryMax}. In a cluster, a post a node has been
 * sending for longer than {@code claimTimeout} is taken to belong to a dead node and flagged in_doubt.
 */
public record SchedulerSettings(
    boolean clustered, int threads, int maxAttempts, Duration retryBase, Duration retryMax, Duration publishEvery,
    Duration claimTimeout) {}
