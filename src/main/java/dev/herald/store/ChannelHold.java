package dev.herald.store;

import java.time.Instant;

/**
 * A channel held after a lost answer: nothing more is claimed on it until a probe answers. {@code probeAt}
 * is when the next probe may run; {@code probeFailures} how many probes have failed since {@code since}.
 */
public record ChannelHold(String channelId, String reason, Instant since, Instant probeAt, int probeFailures) {}
