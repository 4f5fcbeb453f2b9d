package dev.herald.pipeline;

import dev.herald.schedule.Work;

/** The scheduler's jobs, done by a running {@link Herald}. */
public final class PipelineWork implements Work {

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
    herald.publisher().recoverInFlight(herald.config().scheduler().claimTimeout());
  }
}
