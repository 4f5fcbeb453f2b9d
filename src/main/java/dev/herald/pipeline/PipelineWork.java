package dev.herald.pipeline;

import dev.herald.schedule.Work;

/** The scheduler's jobs, done by a running {@link Herald}. */
public final class PipelineWork implements Work {

  private final Herald herald;

  public PipelineWork(Herald herald) {
    this.herald = herald;
  }

  /** While the source's hub pushes (a live WebSub subscription), a poll runs only every {@link WebSub#FALLBACK_EVERY}. */
  @Override
  public boolean poll(String sourceId) {
    var source = herald.config().source(sourceId);
    if (source.isEmpty() || pushedRecently(sourceId)) return false;
    return herald.poller().poll(source.get()).queued() > 0;
  }

  private boolean pushedRecently(String sourceId) {
    if (!herald.webSub().live(sourceId)) return false;
    var last = herald.store().sources().get(sourceId).lastPolledAt();
    return last != null && last.plus(WebSub.FALLBACK_EVERY).isAfter(herald.clock().instant());
  }

  @Override
  public void maintainSubscriptions() {
    herald.webSub().maintain();
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
