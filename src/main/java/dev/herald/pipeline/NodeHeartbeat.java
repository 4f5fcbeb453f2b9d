package dev.herald.pipeline;

import dev.herald.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's heartbeat in the store, every {@link #EVERY}, on its own thread (a Quartz job could be
 * delayed by the very jobs it vouches for). A node not seen for {@link #DEAD_AFTER} is dead: the
 * posts it was sending are recovered by the next recovery pass, not after the claim timeout.
 */
public final class NodeHeartbeat implements AutoCloseable {

  public static final Duration EVERY = Duration.ofSeconds(3);
  public static final Duration DEAD_AFTER = Duration.ofSeconds(12);
  private static final Logger log = LoggerFactory.getLogger(NodeHeartbeat.class);

  private final Store store;
  private final String node;
  private final Clock clock;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    var thread = new Thread(r, "herald-heartbeat");
    thread.setDaemon(true);
    return thread;
  });

  private NodeHeartbeat(Store store, String node, Clock clock) {
    this.store = store;
    this.node = node;
    this.clock = clock;
  }

  /** Beats once now (so recovery never mistakes a starting node for a dead one), then every {@link #EVERY}. */
  public static NodeHeartbeat start(Store store, String node, Clock clock) {
    var heartbeat = new NodeHeartbeat(store, node, clock);
    heartbeat.beat();
    heartbeat.timer.scheduleWithFixedDelay(heartbeat::beat, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    return heartbeat;
  }

  private void beat() {
    try {
      store.nodes().heartbeat(node, clock.instant());
      store.nodes().forgetBefore(clock.instant().minus(Duration.ofDays(1)));
    } catch (RuntimeException e) {
      // A store that is briefly away must not stop the beat; missing beats are what recovery looks for.
      log.warn("Heartbeat of node {} not written: {}", node, e.getMessage());
    }
  }

  /** Stops beating and leaves the table: a node that stopped cleanly holds no claim. */
  @Override
  public void close() {
    timer.shutdownNow();
    try {
      store.nodes().leave(node);
    } catch (RuntimeException e) {
      log.warn("Node {} could not leave the node table: {}", node, e.getMessage());
    }
  }
}
