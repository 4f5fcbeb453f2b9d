package dev.herald.pipeline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/** Herald's meters: polls and publishes by outcome, and how long platforms take to accept a post. */
public final class Metrics {

  private final MeterRegistry registry;

  public Metrics(MeterRegistry registry) {
    this.registry = registry;
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
