package dev.herald.pipeline;

import dev.herald.channel.PersistentState;
import dev.herald.store.PostState;
import dev.herald.store.Store;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

/**
 * Gauges read from the store, registered for every enabled channel at start so each is present (at 0)
 * before anything happens: queue depth, posts awaiting approval, the oldest waiting post's age, in-doubt
 * and failed counts, whether the channel is paused or held, and days until its credential expires (-1: no
 * expiry known). One scrape reads each channel once; the readings are reused for a second.
 */
final class StoreGauges {

  private static final Duration FRESH = Duration.ofSeconds(1);

  private record Reading(Instant at, Map<PostState, Integer> counts, double oldestAgeSeconds, boolean paused, boolean held,
      double daysLeft) {}

  private final Store store;
  private final Clock clock;
  private final Map<String, Reading> readings = new ConcurrentHashMap<>();

  private StoreGauges(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  static void register(MeterRegistry registry, Store store, Collection<ChannelPlan> channels, Clock clock) {
    var gauges = new StoreGauges(store, clock);
    for (ChannelPlan channel : channels) {
      String id = channel.id();
      gauges.gauge(registry, "herald.queue.depth", "Posts queued on the channel", id, r -> r.counts().get(PostState.QUEUED));
      gauges.gauge(registry, "herald.queue.awaiting.approval", "Posts waiting for a person's approval", id,
          r -> r.counts().get(PostState.AWAITING_APPROVAL));
      gauges.gauge(registry, "herald.queue.oldest.age.seconds", "Age of the oldest post still waiting to go out", id,
          Reading::oldestAgeSeconds);
      gauges.gauge(registry, "herald.posts.in.doubt", "Posts in doubt: a person must decide", id, r -> r.counts().get(PostState.IN_DOUBT));
      gauges.gauge(registry, "herald.posts.failed", "Posts that failed for good", id, r -> r.counts().get(PostState.FAILED));
      gauges.gauge(registry, "herald.channel.paused", "1 while the channel is paused", id, r -> r.paused() ? 1 : 0);
      gauges.gauge(registry, "herald.channel.held", "1 while the channel is held after a lost answer", id, r -> r.held() ? 1 : 0);
      gauges.gauge(registry, "herald.credential.days.to.expiry", "Days until the channel's credential expires; -1 when unknown",
          id, Reading::daysLeft);
    }
  }

  private void gauge(MeterRegistry registry, String name, String description, String channel, ToDoubleFunction<Reading> value) {
    Gauge.builder(name, () -> value.applyAsDouble(read(channel))).tag("channel", channel).description(description)
        .register(registry);
  }

  private Reading read(String channel) {
    Instant now = clock.instant();
    Reading last = readings.get(channel);
    if (last != null && last.at().plus(FRESH).isAfter(now)) return last;
    var counts = store.posts().counts(channel);
    double age = store.posts().oldestWaitingSince(channel).map(t -> (double) Duration.between(t, now).toSeconds()).orElse(0.0);
    boolean paused = store.channels().get(channel).paused();
    boolean held = store.holds().get(channel).isPresent();
    double days = store.channelSecrets().get(channel, PersistentState.CREDENTIAL)
        .map(e -> e.expiresAt() == null ? -1.0 : Duration.between(now, e.expiresAt()).toHours() / 24.0).orElse(-1.0);
    Reading reading = new Reading(now, counts, Math.max(0, age), paused, held, days);
    readings.put(channel, reading);
    return reading;
  }
}
