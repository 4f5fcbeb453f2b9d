package dev.herald.pipeline;

import dev.herald.schedule.Work;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/** The scheduler's jobs, done by a running {@link Herald}. */
public final class PipelineWork implements Work {

  private final Herald herald;
  private volatile Consumer<Collection<String>> publishNow = channels -> {};

  public PipelineWork(Herald herald) {
    this.herald = herald;
  }

  /**
   * After a poll that queued posts, {@code publishNow} is handed the enabled channels' ids (the daemon
   * runs their publish jobs at once), so news goes out within seconds rather than at the next
   * {@code publishEvery}. Set it once, before the daemon starts.
   */
  public void whenQueued(Consumer<Collection<String>> publishNow) {
    this.publishNow = publishNow;
  }

  @Override
  public void poll(String sourceId) {
    herald.config().source(sourceId).ifPresent(source -> {
      if (herald.poller().poll(source).queued() > 0) publishNow.accept(channelIds());
    });
  }

  private List<String> channelIds() {
    return herald.channels().stream().map(ChannelPlan::id).toList();
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
