package dev.herald.pipeline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Herald's meters: polls and publishes by outcome, and how long platforms take to accept a post. Every
 * counter is registered at start for each source, channel and outcome, so a dashboard sees it at 0
 * before the first event; {@link StoreGauges} adds the store's gauges.
 */
public final class Metrics {

  private final MeterRegistry registry;

  public Metrics(MeterRegistry registry) {
    this.registry = registry;
  }

  static final java.util.List<String> POLL_OUTCOMES = java.util.List.of("ok", "not_modified", "error", "parse_error");
  static final java.util.List<String> POST_OUTCOMES = java.util.List.of("posted", "retry", "failed", "in_doubt", "paused", "skipped");

  /** Every counter exists from the start, at zero: a dashboard or alert never waits for a first event. */
  void registerAtZero(java.util.Collection<String> sources, java.util.Collection<String> channels) {
    for (String source : sources) {
      for (String outcome : POLL_OUTCOMES) pollCounter(source, outcome);
    }
    for (String channel : channels) {
      for (String outcome : POST_OUTCOMES) postCounter(channel, outcome);
    }
  }

  /** The JVM's and the process's own meters: memory, GC, threads, classes, CPU, uptime, open files. */
  public static void bindJvm(MeterRegistry registry) {
    new io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics().bindTo(registry);
    new io.micrometer.core.instrument.binder.jvm.JvmGcMetrics().bindTo(registry);
    new io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics().bindTo(registry);
    new io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics().bindTo(registry);
    new io.micrometer.core.instrument.binder.system.ProcessorMetrics().bindTo(registry);
    new io.micrometer.core.instrument.binder.system.UptimeMetrics().bindTo(registry);
    new io.micrometer.core.instrument.binder.system.FileDescriptorMetrics().bindTo(registry);
  }

  public MeterRegistry registry() {
    return registry;
  }

  void poll(String source, String outcome) {
    pollCounter(source, outcome).increment();
  }

  private Counter pollCounter(String source, String outcome) {
    return Counter.builder("herald.polls").tag("source", source).tag("outcome", outcome)
        .description("Source polls by outcome").register(registry);
  }

  void published(String channel, String outcome) {
    postCounter(channel, outcome).increment();
  }

  private Counter postCounter(String channel, String outcome) {
    return Counter.builder("herald.posts").tag("channel", channel).tag("outcome", outcome)
        .description("Publish attempts by outcome").register(registry);
  }

  void publishTime(String channel, Duration took) {
    Timer.builder("herald.publish").tag("channel", channel).publishPercentiles(0.5, 0.99)
        .description("Time for a platform to accept a post").register(registry).record(took);
  }
}
