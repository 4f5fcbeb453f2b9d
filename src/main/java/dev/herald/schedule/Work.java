package dev.herald.schedule;

/**
 * What the scheduler's jobs do, implemented by the pipeline. Quartz never runs two calls for the same
 * source or channel at once, on one node or across a cluster; an exception is logged and the job
 * simply runs again on its next trigger.
 */
public interface Work {

  /** Polls a source; true when it queued new posts (the publish jobs then run at once, not at their next tick). */
  boolean poll(String sourceId);

  void publish(String channelId);

  /** Renews WebSub leases that run out soon and unsubscribes sources no longer configured. */
  default void maintainSubscriptions() {}

  /** Flags posts whose sending node died (cluster only; a single node recovers at start). */
  void recover();
}
