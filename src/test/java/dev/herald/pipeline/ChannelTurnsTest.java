package dev.herald.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.config.StoreSettings;
import dev.herald.fake.MutableClock;
import dev.herald.store.Database;
import dev.herald.store.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Channels are spread over the live nodes, the same way on every node, and follow a node's death. */
class ChannelTurnsTest {

  static final List<String> CHANNELS = List.of("x-main", "telegram-main", "mastodon-main");

  @TempDir Path dir;
  Database db;
  Store store;
  final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T06:00:00Z"));

  @BeforeEach
  void open() {
    db = Database.open(new StoreSettings("jdbc:h2:file:" + dir.resolve("herald"), "", "", 0));
    store = new Store(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  ChannelTurns.Cluster node(String id) {
    store.nodes().heartbeat(id, clock.instant());
    return new ChannelTurns.Cluster(store, id, clock, CHANNELS);
  }

  @Test
  void everyNodeComputesTheSameOwnersAndEachChannelHasOne() {
    var a = node("node-a");
    var b = node("node-b");
    for (String channel : CHANNELS) assertThat(a.owner(channel)).as(channel).isEqualTo(b.owner(channel));
    assertThat(a.owner("x-main")).isEqualTo("node-a");
    assertThat(a.owner("telegram-main")).isEqualTo("node-b");
    assertThat(a.owner("mastodon-main")).isEqualTo("node-a");

    assertThat(a.begin("telegram-main", false)).as("not node A's channel").isFalse();
    assertThat(b.begin("telegram-main", false)).isTrue();
    assertThat(a.begin("telegram-main", true)).as("a one-off `once` still waits for the pass in progress").isFalse();
    b.end("telegram-main");
    assertThat(a.begin("telegram-main", true)).isTrue();
  }

  @Test
  void aNodeThatJoinsTakesOverItsChannelsFromAPassInProgress() {
    var a = node("node-a");
    assertThat(a.begin("telegram-main", false)).as("alone, node A owns every channel").isTrue();
    var b = node("node-b");
    assertThat(b.begin("telegram-main", false)).as("node A is mid-pass").isFalse();
    assertThat(a.keep("telegram-main", false)).as("node A stops after the post it is sending").isFalse();
    a.end("telegram-main");
    assertThat(b.begin("telegram-main", false)).isTrue();
    assertThat(a.keep("x-main", false)).as("node A keeps its own channels").isTrue();
  }

  @Test
  void aDeadNodesChannelsMoveToTheSurvivorsWithItsHeartbeat() {
    var a = node("node-a");
    var b = node("node-b");
    assertThat(b.begin("telegram-main", false)).isTrue();

    clock.advance(NodeHeartbeat.DEAD_AFTER.plusSeconds(1));
    store.nodes().heartbeat("node-a", clock.instant());
    assertThat(a.owner("telegram-main")).as("node B stopped beating").isEqualTo("node-a");
    assertThat(a.begin("telegram-main", false)).as("and its unfinished turn is free").isTrue();
    assertThat(a.keep("telegram-main", false)).isTrue();
  }

  @Test
  void oneNodeAloneOwnsEverything() {
    var a = new ChannelTurns.Cluster(store, "node-a", clock, CHANNELS);
    for (String channel : CHANNELS) assertThat(a.owner(channel)).as("before its first beat is read").isEqualTo("node-a");
    assertThat(ChannelTurns.SINGLE_NODE.begin("x-main", false)).isTrue();
  }

  @Test
  void aTurnOutlivesAPostThatTakesLong() {
    var a = node("node-a");
    assertThat(a.begin("x-main", false)).isTrue();
    clock.advance(ChannelTurns.Cluster.TURN.minus(Duration.ofSeconds(1)));
    store.nodes().heartbeat("node-a", clock.instant());
    assertThat(a.keep("x-main", false)).as("renewed").isTrue();
    clock.advance(ChannelTurns.Cluster.TURN.minus(Duration.ofSeconds(1)));
    store.nodes().heartbeat("node-a", clock.instant());
    var b = node("node-b");
    assertThat(b.begin("x-main", true)).as("renewed turns do not expire").isFalse();
  }
}
