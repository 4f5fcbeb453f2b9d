package dev.herald.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two nodes (two pools on one database) claim the same posts at the same moment: one wins each. */
@OnEveryEngine
class ClaimRaceTest extends StoreTestBase {


  private static final int POSTS = 30;

  private final ExecutorService pool = Executors.newFixedThreadPool(2);
  private Database otherNode;

  @AfterEach
  void stopOtherNode() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(10, TimeUnit.SECONDS);
    if (otherNode != null) otherNode.close();
  }

  @Test
  void twoNodesClaimingTheSamePostConcurrentlyHaveExactlyOneWinner() throws Exception {
    otherNode = Database.open(settings);
    var nodeA = store.posts();
    var nodeB = new Store(otherNode).posts();
    var ids = new ArrayList<Long>();
    for (int i = 0; i < POSTS; i++) ids.add(newPost("x-main"));

    for (long id : ids) {
      var start = new CountDownLatch(1);
      Future<Boolean> a = pool.submit(() -> awaitThen(start, () -> nodeA.claim(id, "node-a", T0)));
      Future<Boolean> b = pool.submit(() -> awaitThen(start, () -> nodeB.claim(id, "node-b", T0)));
      start.countDown();
      boolean aWon = a.get(30, TimeUnit.SECONDS);
      boolean bWon = b.get(30, TimeUnit.SECONDS);

      assertThat(aWon ^ bWon).as("exactly one claim of post %d wins", id).isTrue();
      Post post = nodeA.find(id).orElseThrow();
      assertThat(post.attempts()).isEqualTo(1);
      assertThat(post.claimedBy()).isEqualTo(aWon ? "node-a" : "node-b");
      assertThat(nodeA.events(id)).filteredOn(e -> e.state() == PostState.SENDING).hasSize(1);
    }
  }

  @Test
  void twoNodesStoringTheSameNewArticleAndPostAtOnceKeepOneOfEach() throws Exception {
    otherNode = Database.open(settings);
    var stores = List.of(store, new Store(otherNode));
    for (int round = 0; round < 10; round++) {
      String url = "https://www.jaanojunction.com/breaking-" + round;
      var start = new CountDownLatch(1);
      var outcomes = new ArrayList<Future<Boolean>>();
      for (Store node : stores) {
        outcomes.add(pool.submit(() -> awaitThen(start, () -> node.database().inTransaction(c -> {
          var id = node.articles().insertIfNew(c, article(url), T0);
          if (id.isEmpty()) return false;
          node.posts().enqueue(c, new NewPost(id.get(), "x-main", "t", null, null, null, 0, null), T0);
          return true;
        }))));
      }
      start.countDown();
      int stored = 0;
      for (Future<Boolean> outcome : outcomes) stored += outcome.get(30, TimeUnit.SECONDS) ? 1 : 0;

      assertThat(stored).as("nodes that stored %s", url).isEqualTo(1);
    }
    assertThat(store.posts().queue("x-main")).hasSize(10);
  }

  private static boolean awaitThen(CountDownLatch start, java.util.function.BooleanSupplier claim)
      throws InterruptedException {
    start.await();
    return claim.getAsBoolean();
  }
}
