package dev.herald.pipeline;

import dev.herald.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Whose turn it is to publish a channel. On one node it is always this node's. In a cluster the
 * channels are spread over the live nodes — the i-th configured channel belongs to the (i mod n)-th
 * live node by id, so every node computes the same owner — and a pass holds the channel's turn in the
 * store, so two nodes never publish one channel at once (its spacing and order hold) even while the
 * nodes join or leave. A dead node's channels pass to the survivors once its heartbeat is stale.
 */
public interface ChannelTurns {

  /** One node: every channel, every time. */
  ChannelTurns SINGLE_NODE = new ChannelTurns() {
    @Override
    public boolean begin(String channelId, boolean anyNode) {
      return true;
    }

    @Override
    public boolean keep(String channelId, boolean anyNode) {
      return true;
    }

    @Override
    public void end(String channelId) {}
  };

  /**
   * Starts a pass on {@code channelId}: true when it is this node's channel (or {@code anyNode}, for a
   * one-off {@code once}) and no other node is publishing it.
   */
  boolean begin(String channelId, boolean anyNode);

  /**
   * Renews the turn before each post of a pass; false when the pass should stop: the turn was lost, or
   * (unless {@code anyNode}) a node that joined owns the channel now and takes it over from here.
   */
  boolean keep(String channelId, boolean anyNode);

  void end(String channelId);

  static ChannelTurns of(boolean clustered, Store store, String node, Clock clock, List<String> channels) {
    return clustered ? new Cluster(store, node, clock, List.copyOf(channels)) : SINGLE_NODE;
  }

  /** Turns kept in the store, owners computed from the heartbeats in {@code herald_node}. */
  final class Cluster implements ChannelTurns {

    /** A pass renews its turn with every post; a turn not renewed for this long is free again. */
    static final Duration TURN = Duration.ofMinutes(2);

    private final Store store;
    private final String node;
    private final Clock clock;
    private final List<String> channels;

    Cluster(Store store, String node, Clock clock, List<String> channels) {
      this.store = store;
      this.node = node;
      this.clock = clock;
      this.channels = channels;
    }

    @Override
    public boolean begin(String channelId, boolean anyNode) {
      return keep(channelId, anyNode);
    }

    @Override
    public boolean keep(String channelId, boolean anyNode) {
      if (!anyNode && !node.equals(owner(channelId))) return false;
      Instant now = clock.instant();
      return store.turns().take(channelId, node, now, now.plus(TURN), now.minus(NodeHeartbeat.DEAD_AFTER));
    }

    @Override
    public void end(String channelId) {
      store.turns().giveBack(channelId, node, clock.instant());
    }

    /** The live node whose channel this is; this node counts as live even before its first beat is read. */
    String owner(String channelId) {
      var live = new ArrayList<>(store.nodes().live(clock.instant().minus(NodeHeartbeat.DEAD_AFTER)));
      if (!live.contains(node)) {
        live.add(node);
        live.sort(null);
      }
      int index = Math.max(0, channels.indexOf(channelId));
      return live.get(index % live.size());
    }
  }
}
