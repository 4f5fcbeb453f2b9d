package dev.herald.store;

import static dev.herald.store.PostState.AWAITING_APPROVAL;
import static dev.herald.store.PostState.FAILED;
import static dev.herald.store.PostState.IN_DOUBT;
import static dev.herald.store.PostState.POSTED;
import static dev.herald.store.PostState.QUEUED;
import static dev.herald.store.PostState.SENDING;
import static dev.herald.store.PostState.SKIPPED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every transition tried from every state: it happens exactly from the states the design allows. */
@OnEveryEngine
class PostTransitionsTest extends StoreTestBase {


  private record Transition(String name, Set<PostState> from, PostState to, LongPredicate apply) {}

  private List<Transition> transitions() {
    var posts = store.posts();
    var later = T0.plusSeconds(60);
    return List.of(
        new Transition("claim", EnumSet.of(QUEUED), SENDING, id -> posts.claim(id, "node", later)),
        new Transition("markPosted", EnumSet.of(SENDING), POSTED, id -> posts.markPosted(id, "1", "u", later)),
        new Transition("requeue", EnumSet.of(SENDING), QUEUED, id -> posts.requeue(id, later, "503", later)),
        new Transition("markFailed", EnumSet.of(SENDING, QUEUED, AWAITING_APPROVAL), FAILED, id -> posts.markFailed(id, "400", later)),
        new Transition("markSkipped", EnumSet.of(QUEUED, AWAITING_APPROVAL), SKIPPED, id -> posts.markSkipped(id, "stale", later)),
        new Transition("retry", EnumSet.of(FAILED, IN_DOUBT, SKIPPED), QUEUED, id -> posts.retry(id, later)),
        new Transition("skip", EnumSet.of(QUEUED, FAILED, IN_DOUBT, AWAITING_APPROVAL), SKIPPED, id -> posts.skip(id, "by hand", later)),
        new Transition("resolve", EnumSet.of(IN_DOUBT, FAILED, QUEUED), POSTED, id -> posts.resolve(id, "u", later)),
        new Transition("approve", EnumSet.of(AWAITING_APPROVAL), QUEUED,
            id -> db.inTransaction(c -> posts.approve(c, id, "approved by admin", later))),
        new Transition("sendNow", EnumSet.of(QUEUED, AWAITING_APPROVAL), QUEUED,
            id -> db.inTransaction(c -> posts.sendNow(c, id, later))));
  }

  @org.junit.jupiter.api.Test
  void editLayoutAndRescheduleChangeOnlyAPostNobodyIsSendingAndSayWhatChanged() {
    long waiting = postIn(AWAITING_APPROVAL);
    long sending = postIn(SENDING);
    var posts = store.posts();
    var later = T0.plusSeconds(60);

    assertThat((boolean) db.inTransaction(c -> posts.edit(c, waiting, "नई पंक्ति", later))).isTrue();
    assertThat((boolean) db.inTransaction(c -> posts.changeLayout(c, waiting, "square", later))).isTrue();
    assertThat((boolean) db.inTransaction(c -> posts.reschedule(c, waiting, T0.plusSeconds(3600), later))).isTrue();
    assertThat((boolean) db.inTransaction(c -> posts.edit(c, sending, "too late", later))).isFalse();

    var edited = posts.find(waiting).orElseThrow();
    assertThat(edited.text()).isEqualTo("नई पंक्ति");
    assertThat(edited.cardLayout()).isEqualTo("square");
    assertThat(edited.notBefore()).isEqualTo(T0.plusSeconds(3600));
    assertThat(edited.state()).isEqualTo(AWAITING_APPROVAL);
    assertThat(posts.events(waiting)).extracting(PostEvent::message)
        .contains("text edited", "card layout set to square", "rescheduled to " + T0.plusSeconds(3600));
    assertThat(posts.find(sending).orElseThrow().text()).isEqualTo("text");
  }

  @TestFactory
  List<DynamicTest> eachTransitionHappensExactlyFromItsAllowedStates() {
    var tests = new ArrayList<DynamicTest>();
    for (Transition transition : transitions()) {
      for (PostState from : PostState.values()) {
        boolean allowed = transition.from().contains(from);
        String name = transition.name() + " from " + from + (allowed ? " moves to " + transition.to() : " is refused");
        tests.add(DynamicTest.dynamicTest(name, () -> check(transition, from, allowed)));
      }
    }
    return tests;
  }

  private void check(Transition transition, PostState from, boolean allowed) {
    long id = postIn(from);
    var before = store.posts().find(id).orElseThrow();
    int eventsBefore = store.posts().events(id).size();

    boolean happened = transition.apply().test(id);

    var after = store.posts().find(id).orElseThrow();
    assertThat(happened).isEqualTo(allowed);
    assertThat(after.state()).isEqualTo(allowed ? transition.to() : from);
    assertThat(store.posts().events(id)).hasSize(eventsBefore + (allowed ? 1 : 0));
    if (!allowed) assertThat(after).isEqualTo(before);
    if (allowed) assertThat(after.updatedAt()).isEqualTo(T0.plusSeconds(60));
  }

  @org.junit.jupiter.api.Test
  void onlyAnHttpUrlIsStoredAsWhereAPostWentOut() {
    long fromPlatform = postIn(PostState.SENDING);
    store.posts().markPosted(fromPlatform, "1", "javascript:alert(1)", T0);
    long byHand = postIn(PostState.FAILED);
    store.posts().resolve(byHand, "file:///etc/passwd", T0);
    long good = postIn(PostState.SENDING);
    store.posts().markPosted(good, "2", "https://x.com/i/web/status/2", T0);

    assertThat(store.posts().find(fromPlatform).orElseThrow().platformUrl()).isNull();
    assertThat(store.posts().find(byHand).orElseThrow().platformUrl()).isNull();
    assertThat(store.posts().find(good).orElseThrow().platformUrl()).isEqualTo("https://x.com/i/web/status/2");
  }

  private long waitingPost() {
    var post = new NewPost(newArticle(), "x-main", "text", "https://jaanojunction.com/x", "alt", "landscape", 0, null);
    return db.inTransaction(c -> store.posts().enqueue(c, post, AWAITING_APPROVAL, T0)).orElseThrow();
  }

  private long postIn(PostState state) {
    long id = newPost("x-main");
    var posts = store.posts();
    switch (state) {
      case QUEUED -> { }
      case SENDING -> posts.claim(id, "node", T0);
      case POSTED -> {
        posts.claim(id, "node", T0);
        posts.markPosted(id, "1", "u", T0);
      }
      case FAILED -> posts.markFailed(id, "400", T0);
      case SKIPPED -> posts.markSkipped(id, "stale", T0);
      case IN_DOUBT -> {
        posts.claim(id, "node", T0);
        posts.markSendingInDoubt(T0, "crash", T0);
      }
      case AWAITING_APPROVAL -> id = waitingPost();
    }
    assertThat(stateOf(id)).isEqualTo(state);
    return id;
  }
}
