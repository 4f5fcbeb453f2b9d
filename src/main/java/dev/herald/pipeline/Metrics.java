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

  /** Registers every counter at 0 for these sources and channels. */
  void registerAtZero(java.util.Collection<String> sources, java.util.Collection<String> channels) {
    for (String source : sources) {
      for (String outcome : POLL_OUTCOMES) Counter.builder("herald.polls").tag("source", source).tag("outcome", outcome)
          .description("Source polls by outcome").register(registry);
    }
    for (String channel : channels) {
      for (String outcome : POST_OUTCOMES) Counter.builder("herald.posts").tag("channel", channel).tag("outcome", outcome)
          .description("Publish attempts by outcome").register(registry);
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
    Counter.builder("herald.polls").tag("source", source).tag("outcome", outcome)
        .description("Source polls by outcome").register(registry).increment();
  }

  void published(String channel, String outcome) {
    Counter.builder("herald.posts").tag("channel", channel).tag("outcome", outcome)
        .description("Publish attempts by outcome").register(registry).increment();
  }

  void publishTime(String channel, Duration took) {
    Timer.builder("herald.publish").tag("channel", channel).publishPercentiles(0.5, 0.99)
        .description("Time for a platform to accept a post").register(registry).record(took);
  }
}
