package dev.herald.pipeline;

import dev.herald.channel.Channel;
import dev.herald.store.PostState;
import dev.herald.store.PostStore.StateCount;
import dev.herald.store.Store;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gauges a newsroom alerts on, per channel: queue depth, age of the oldest queued post, posts in doubt
 * and failed, paused and held, days until the credential expires. Every gauge exists from the start
 * (zero before the first post). A scrape reads the store at most once per {@link #FRESH_FOR}, in one
 * query; a store that does not answer keeps the last values (and says so once in the log).
 */
final class QueueGauges {

  static final Duration FRESH_FOR = Duration.ofSeconds(5);
  private static final Logger log = LoggerFactory.getLogger(QueueGauges.class);

  private final Store store;
  private final Clock clock;
  private volatile Snapshot snapshot = new Snapshot(Instant.EPOCH, List.of());
  private volatile boolean warned;

  private QueueGauges(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  private record Snapshot(Instant readAt, List<StateCount> counts) {
    int count(String channel, PostState state) {
      return counts.stream().filter(c -> c.channelId().equals(channel) && c.state() == state).mapToInt(StateCount::count).sum();
    }

    double oldestSeconds(String channel, PostState state, Instant now) {
      return counts.stream().filter(c -> c.channelId().equals(channel) && c.state() == state && c.oldestCreatedAt() != null)
          .mapToDouble(c -> Math.max(0, Duration.between(c.oldestCreatedAt(), now).toSeconds())).max().orElse(0);
    }
  }

  static void register(MeterRegistry registry, Store store, Map<String, Channel> clients, Clock clock) {
    var gauges = new QueueGauges(store, clock);
    for (var entry : clients.entrySet()) {
      String channel = entry.getKey();
      Channel client = entry.getValue();
      gauges.gauge(registry, "herald.queue.depth", channel, "Posts queued and not yet sent",
          g -> g.current().count(channel, PostState.QUEUED));
      gauges.gauge(registry, "herald.queue.oldest.age", channel, "Seconds the oldest queued post has waited",
          g -> g.current().oldestSeconds(channel, PostState.QUEUED, clock.instant()));
      gauges.gauge(registry, "herald.posts.in_doubt", channel, "Posts that may or may not have gone out",
          g -> g.current().count(channel, PostState.IN_DOUBT));
      gauges.gauge(registry, "herald.posts.failed", channel, "Posts that failed for good",
          g -> g.current().count(channel, PostState.FAILED));
      gauges.gauge(registry, "herald.channel.paused", channel, "1 while the channel is paused",
          g -> g.flag(() -> store.channels().get(channel).paused()));
      gauges.gauge(registry, "herald.channel.held", channel, "1 while the channel is held after a lost answer",
          g -> g.flag(() -> store.holds().get(channel).isPresent()));
      gauges.gauge(registry, "herald.credential.days_left", channel,
          "Days until the channel's credential expires (NaN: it does not expire or is unknown)",
          g -> client.credentialExpiry().map(at -> Duration.between(clock.instant(), at).toHours() / 24.0).orElse(Double.NaN));
    }
  }

  private void gauge(MeterRegistry registry, String name, String channel, String description, ToDoubleFunction<QueueGauges> value) {
    Gauge.builder(name, this, value).tag("channel", channel).description(description).strongReference(true).register(registry);
  }

  private double flag(java.util.function.BooleanSupplier test) {
    try {
      return test.getAsBoolean() ? 1 : 0;
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }

  private Snapshot current() {
    Instant now = clock.instant();
    Snapshot last = snapshot;
    if (Duration.between(last.readAt(), now).compareTo(FRESH_FOR) < 0) return last;
    try {
      snapshot = new Snapshot(now, store.posts().countsByChannel());
      warned = false;
    } catch (RuntimeException e) {
      if (!warned) log.warn("Queue gauges keep their last values: the store did not answer ({})", e.getMessage());
      warned = true;
    }
    return snapshot;
  }
}
