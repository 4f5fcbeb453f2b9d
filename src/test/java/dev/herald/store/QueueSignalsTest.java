package dev.herald.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A poll on one node wakes the publish jobs of every node, through PostgreSQL's NOTIFY. */
@ExtendWith(EmbeddedPostgresExtension.class)
class QueueSignalsTest {

  @TempDir Path dir;

  @Test
  void everyListeningNodeHearsAnAnnouncementAndNothingElse() throws Exception {
    try (var db = Database.open(Engine.POSTGRES.freshDatabase(dir))) {
      var nodeA = new Semaphore(0);
      var nodeB = new CountDownLatch(1);
      try (var a = QueueSignals.listen(db, nodeA::release); var b = QueueSignals.listen(db, nodeB::countDown)) {
        // LISTEN is registered on the listeners' own threads: announce until both have heard one.
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (nodeB.getCount() > 0 && System.nanoTime() < deadline) {
          QueueSignals.announce(db);
          nodeB.await(200, TimeUnit.MILLISECONDS);
        }
        assertThat(nodeB.getCount()).as("node B woke").isZero();
        assertThat(nodeA.tryAcquire(5, TimeUnit.SECONDS)).as("node A woke").isTrue();
      }
      nodeA.drainPermits();
      QueueSignals.announce(db);
      assertThat(nodeA.tryAcquire(1, TimeUnit.SECONDS)).as("a closed listener hears nothing").isFalse();
    }
  }
}
