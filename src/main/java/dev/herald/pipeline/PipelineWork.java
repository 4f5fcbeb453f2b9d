package dev.herald.pipeline;

import dev.herald.schedule.Work;

/** The scheduler's jobs, done by a running {@link Herald}. */
public final class PipelineWork implements Work {

  private final Herald herald;

  public PipelineWork(Herald herald) {
    this.herald = herald;
  }

  @Override
  public boolean poll(String sourceId) {
    return herald.config().source(sourceId).map(source -> herald.poller().poll(source).queued() > 0).orElse(false);
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
