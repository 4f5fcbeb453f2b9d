package dev.herald.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.config.Secrets;
import dev.herald.source.Article;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

@OnEveryEngine
class PostStoreTest extends StoreTestBase {


  @Test
  void enqueueingTheSameArticleOnTheSameChannelTwiceKeepsOneRow() {
    long article = newArticle();
    var post = new NewPost(article, "x-main", "first", null, null, "landscape", 0, null);
    var again = new NewPost(article, "x-main", "second", null, null, "landscape", 0, null);

    var first = store.posts().enqueue(post, T0);
    var second = store.posts().enqueue(again, T0.plusSeconds(1));

    assertThat(first).isPresent();
    assertThat(second).isEmpty();
    assertThat(store.posts().queue("x-main")).extracting(Post::text).containsExactly("first");
  }

  @Test
  void enqueuedPostStartsQueuedDueNowWithRandomKeysOfItsOwn() {
    long article = newArticle();
    long id = store.posts().enqueue(new NewPost(article, "mastodon-main", "टेक्स्ट", "https://j.com/a", "alt",
        "square", 3, null), T0).orElseThrow();

    Post post = store.posts().find(id).orElseThrow();
    assertThat(post.state()).isEqualTo(PostState.QUEUED);
    assertThat(post.text()).isEqualTo("टेक्स्ट");
    assertThat(post.notBefore()).isEqualTo(T0);
    assertThat(post.createdAt()).isEqualTo(T0);
    assertThat(post.attempts()).isZero();
    assertThat(post.priority()).isEqualTo(3);
    assertThat(post.idempotencyKey()).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(java.util.UUID.fromString(post.idempotencyKey()).getMostSignificantBits() >>> 16)
        .as("a version-7 UUID carries its enqueue time").isEqualTo(T0.toEpochMilli());
    assertThat(post.recordKey()).matches("[2-7a-j][2-7a-z]{12}");
    assertThat(store.posts().events(id)).extracting(PostEvent::state).containsExactly(PostState.QUEUED);
  }

  @Test
  void queueIsOrderedByPriorityThenAgeThenId() {
    long oldLow = newPost("x-main", 0, T0);
    long newHigh = newPost("x-main", 10, T0.plusSeconds(60));
    long oldHigh = newPost("x-main", 10, T0.plusSeconds(30));
    long sameTimeLaterId = newPost("x-main", 0, T0);
    newPost("telegram-main", 99, T0);

    assertThat(store.posts().queue("x-main")).extracting(Post::id)
        .containsExactly(oldHigh, newHigh, oldLow, sameTimeLaterId);
  }

  @Test
  void nextDueSkipsPostsWhoseTimeHasNotCome() {
    long urgentButLater = store.posts().enqueue(new NewPost(newArticle(), "x-main", "later", null, null, null, 9,
        T0.plusSeconds(600)), T0).orElseThrow();
    long dueNow = newPost("x-main", 0, T0);

    assertThat(store.posts().nextDue("x-main", T0)).map(Post::id).contains(dueNow);
    assertThat(store.posts().nextDue("x-main", T0.plusSeconds(600))).map(Post::id).contains(urgentButLater);
    assertThat(store.posts().nextDue("bluesky-main", T0)).isEmpty();
  }

  @Test
  void claimNextDueTakesTheFirstDuePostAndLeavesTheRest() {
    long first = newPost("x-main", 5, T0);
    long second = newPost("x-main", 0, T0);

    Post claimed = store.posts().claimNextDue("x-main", "node-a", T0.plusSeconds(1)).orElseThrow();

    assertThat(claimed.id()).isEqualTo(first);
    assertThat(claimed.state()).isEqualTo(PostState.SENDING);
    assertThat(store.posts().claimNextDue("x-main", "node-a", T0.plusSeconds(2))).map(Post::id).contains(second);
    assertThat(store.posts().claimNextDue("x-main", "node-a", T0.plusSeconds(3))).isEmpty();
  }

  @Test
  void claimMovesQueuedToSendingAndCountsTheAttempt() {
    long id = newPost("x-main");

    assertThat(store.posts().claim(id, "node-a", T0.plusSeconds(5))).isTrue();

    Post post = store.posts().find(id).orElseThrow();
    assertThat(post.state()).isEqualTo(PostState.SENDING);
    assertThat(post.attempts()).isEqualTo(1);
    assertThat(post.claimedBy()).isEqualTo("node-a");
    assertThat(post.claimedAt()).isEqualTo(T0.plusSeconds(5));
    assertThat(post.updatedAt()).isEqualTo(T0.plusSeconds(5));
    assertThat(store.posts().claim(id, "node-b", T0.plusSeconds(6))).isFalse();
  }

  @Test
  void postedKeepsThePlatformIdAndUrlAndWritesHistory() {
    long id = newPost("x-main");
    store.posts().claim(id, "node-a", T0);

    assertThat(store.posts().markPosted(id, "1862", "https://x.com/jaano/status/1862", T0.plusSeconds(2))).isTrue();

    Post post = store.posts().find(id).orElseThrow();
    assertThat(post.state()).isEqualTo(PostState.POSTED);
    assertThat(post.platformId()).isEqualTo("1862");
    assertThat(post.platformUrl()).isEqualTo("https://x.com/jaano/status/1862");
    assertThat(store.posts().events(id)).extracting(PostEvent::state)
        .containsExactly(PostState.QUEUED, PostState.SENDING, PostState.POSTED);
    assertThat(store.posts().events(id).get(2).message()).isEqualTo("https://x.com/jaano/status/1862");
  }

  @Test
  void requeueAfterARetryableFailureWaitsUntilNotBefore() {
    long id = newPost("x-main");
    store.posts().claim(id, "node-a", T0);

    assertThat(store.posts().requeue(id, T0.plusSeconds(900), "429 rate limited", T0.plusSeconds(1))).isTrue();

    Post post = store.posts().find(id).orElseThrow();
    assertThat(post.state()).isEqualTo(PostState.QUEUED);
    assertThat(post.reason()).isEqualTo("429 rate limited");
    assertThat(post.attempts()).isEqualTo(1);
    assertThat(store.posts().nextDue("x-main", T0.plusSeconds(899))).isEmpty();
    assertThat(store.posts().nextDue("x-main", T0.plusSeconds(900))).map(Post::id).contains(id);
  }

  @Test
  void sendingPostsClaimedBeforeTheLeaseBecomeInDoubtAndOthersStay() {
    long stale = newPost("x-main");
    long fresh = newPost("x-main");
    long queued = newPost("x-main");
    store.posts().claim(stale, "dead-node", T0);
    store.posts().claim(fresh, "live-node", T0.plusSeconds(600));

    int moved = store.posts().markSendingInDoubt(T0.plusSeconds(300), "node died while sending", T0.plusSeconds(900));

    assertThat(moved).isEqualTo(1);
    assertThat(stateOf(stale)).isEqualTo(PostState.IN_DOUBT);
    assertThat(store.posts().find(stale).orElseThrow().reason()).isEqualTo("node died while sending");
    assertThat(stateOf(fresh)).isEqualTo(PostState.SENDING);
    assertThat(stateOf(queued)).isEqualTo(PostState.QUEUED);
    assertThat(store.posts().markSendingInDoubt(T0.plusSeconds(900), "restart", T0.plusSeconds(900))).isEqualTo(1);
  }

  @Test
  void manualRetryQueuesAgainDueNowWithAFreshAttemptCount() {
    long id = newPost("x-main");
    store.posts().claim(id, "node-a", T0);
    store.posts().markFailed(id, "403 duplicate content", T0.plusSeconds(1));

    assertThat(store.posts().retry(id, T0.plusSeconds(60))).isTrue();

    Post post = store.posts().find(id).orElseThrow();
    assertThat(post.state()).isEqualTo(PostState.QUEUED);
    assertThat(post.attempts()).isZero();
    assertThat(post.reason()).isNull();
    assertThat(post.notBefore()).isEqualTo(T0.plusSeconds(60));
  }

  @Test
  void resolveRecordsAPostThatDidGoOut() {
    long id = newPost("telegram-main");
    store.posts().claim(id, "node-a", T0);
    store.posts().markSendingInDoubt(T0, "crash", T0.plusSeconds(1));

    assertThat(store.posts().resolve(id, "https://t.me/jaanojunction/42", T0.plusSeconds(2))).isTrue();

    Post post = store.posts().find(id).orElseThrow();
    assertThat(post.state()).isEqualTo(PostState.POSTED);
    assertThat(post.platformUrl()).isEqualTo("https://t.me/jaanojunction/42");
    assertThat(store.posts().lastPostedAt("telegram-main")).contains(T0.plusSeconds(2));
  }

  @Test
  void reasonsAreRedactedBeforeTheyAreStored() {
    Secrets.register("sekrit-token-123");
    long id = newPost("x-main");
    store.posts().claim(id, "node-a", T0);

    store.posts().markFailed(id, "401 for token sekrit-token-123", T0);

    assertThat(store.posts().find(id).orElseThrow().reason()).isEqualTo("401 for token ***");
    assertThat(store.posts().events(id).get(2).message()).doesNotContain("sekrit-token-123");
  }

  @Test
  void recentListsNewestUpdatedFirstFilteredByChannelAndState() {
    long a = newPost("x-main");
    long b = newPost("x-main");
    long c = newPost("telegram-main");
    store.posts().claim(a, "n", T0.plusSeconds(10));
    store.posts().markPosted(a, "1", "u", T0.plusSeconds(20));
    store.posts().markSkipped(b, "too old", T0.plusSeconds(30));

    assertThat(store.posts().recent(null, Set.of(), 10)).extracting(Post::id).containsExactly(b, a, c);
    assertThat(store.posts().recent("x-main", Set.of(), 1)).extracting(Post::id).containsExactly(b);
    assertThat(store.posts().recent(null, Set.of(PostState.POSTED, PostState.QUEUED), 10))
        .extracting(Post::id).containsExactly(a, c);
  }

  @Test
  void recentWithArticlesCarriesTheArticleUrlAndHeadline() {
    long article = store.articles().insertIfNew(new Article("https://j.com/hindi/aag", null,
        "hindi", "नैनीताल में आग", null, null, null, null, null, null, null, "hi"), T0).orElseThrow();
    store.posts().enqueue(new NewPost(article, "telegram-main", "t", null, null, null, 0, null), T0);

    assertThat(store.posts().recentWithArticles("telegram-main", Set.of(PostState.QUEUED), 5))
        .singleElement()
        .satisfies(view -> {
          assertThat(view.articleUrl()).isEqualTo("https://j.com/hindi/aag");
          assertThat(view.headline()).isEqualTo("नैनीताल में आग");
          assertThat(view.post().articleId()).isEqualTo(article);
        });
  }

  @Test
  void countsCoverEveryStateAndPostedSinceCountsOnlyPostedInTheWindow() {
    long early = newPost("x-main");
    long late = newPost("x-main");
    newPost("x-main");
    store.posts().claim(early, "n", T0);
    store.posts().markPosted(early, "1", "u1", T0.plusSeconds(10));
    store.posts().claim(late, "n", T0);
    store.posts().markPosted(late, "2", "u2", T0.plusSeconds(3600));

    assertThat(store.posts().counts("x-main"))
        .containsEntry(PostState.POSTED, 2).containsEntry(PostState.QUEUED, 1).containsEntry(PostState.FAILED, 0)
        .hasSize(PostState.values().length);
    assertThat(store.posts().countPostedSince("x-main", T0.plusSeconds(60))).isEqualTo(1);
    assertThat(store.posts().countPostedSince("x-main", T0)).isEqualTo(2);
    assertThat(store.posts().lastPostedAt("x-main")).contains(T0.plusSeconds(3600));
    assertThat(store.posts().lastPostedAt("bluesky-main")).isEmpty();
  }

  @Test
  void eventsTellTheWholeStoryInOrder() {
    long id = newPost("x-main");
    store.posts().claim(id, "node-a", T0.plusSeconds(1));
    store.posts().requeue(id, T0.plusSeconds(60), "503 from api.x.com", T0.plusSeconds(2));
    store.posts().claim(id, "node-b", T0.plusSeconds(60));
    store.posts().markPosted(id, "9", "https://x.com/s/9", T0.plusSeconds(61));

    List<PostEvent> events = store.posts().events(id);
    assertThat(events).extracting(PostEvent::state).containsExactly(
        PostState.QUEUED, PostState.SENDING, PostState.QUEUED, PostState.SENDING, PostState.POSTED);
    assertThat(events).extracting(PostEvent::message).containsExactly(
        "queued", "claimed by node-a", "503 from api.x.com", "claimed by node-b", "https://x.com/s/9");
    assertThat(events.get(4).at()).isEqualTo(T0.plusSeconds(61));
    assertThat(store.posts().find(id).orElseThrow().attempts()).isEqualTo(2);
  }

  @Test
  void transitionsAreRefusedForUnknownPosts() {
    assertThat(store.posts().claim(404, "n", T0)).isFalse();
    assertThat(store.posts().retry(404, T0)).isFalse();
    assertThat(store.posts().find(404)).isEmpty();
    assertThat(store.posts().events(404)).isEmpty();
  }

  @Test
  void nextDueAfterRequeueRespectsBackoffInTheFuture() {
    long id = newPost("x-main");
    store.posts().claim(id, "n", T0);
    store.posts().requeue(id, T0.plus(Duration.ofMinutes(5)), "timeout", T0);

    assertThat(store.posts().queue("x-main")).extracting(Post::id).containsExactly(id);
    assertThat(store.posts().nextDue("x-main", T0.plus(Duration.ofMinutes(4)))).isEmpty();
  }
}
