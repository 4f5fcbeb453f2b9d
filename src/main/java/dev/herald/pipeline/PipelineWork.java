package dev.herald.pipeline;

import dev.herald.schedule.Work;
import java.time.Duration;

/** The scheduler's jobs, done by a running {@link Herald}. */
public final class PipelineWork implements Work {

  /** Longer than any legitimate publish call (OkHttp gives up after 60 s per request). */
  public static final Duration CLUSTER_LEASE = Duration.ofMinutes(5);

  private final Herald herald;

  public PipelineWork(Herald herald) {
    this.herald = herald;
  }

  @Override
  public void poll(String sourceId) {
    herald.config().source(sourceId).ifPresent(source -> herald.poller().poll(source));
  }

  @Override
  public void publish(String channelId) {
    herald.publisher().publishDue(channelId, false);
  }

  @Override
  public void recover() {
    herald.publisher().recoverInFlight(CLUSTER_LEASE);
  }
}
