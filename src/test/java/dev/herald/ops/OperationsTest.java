package dev.herald.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.config.ConfigLoader;
import dev.herald.config.HeraldConfig;
import dev.herald.fake.FakeWorld;
import dev.herald.pipeline.Herald;
import dev.herald.store.AuditEntry;
import dev.herald.store.Post;
import dev.herald.store.PostState;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every operator action through the one operations layer, on a Herald that polled the fake outlet once:
 * two articles on four channels, the Mastodon ones waiting for approval.
 */
class OperationsTest {

  static final Actor DESK = new Actor("night-desk");

  @TempDir Path dir;
  FakeWorld world;
  Herald herald;
  Operations ops;

  @BeforeEach
  void setUp() {
    world = new FakeWorld(dir);
    Path file = world.config("  enabled: false\n", Map.of("mastodon-main", "    approval: required\n"));
    HeraldConfig config = ConfigLoader.load(file, Map.of()).config().orElseThrow();
    herald = Herald.start(config, Clock.systemUTC(), new SimpleMeterRegistry());
    config.enabledSources().forEach(herald.poller()::poll);
    ops = Operations.of(herald);
  }

  @AfterEach
  void tearDown() throws java.io.IOException {
    if (herald != null) herald.close();
    world.close();
  }

  @Test
  void aChannelWithApprovalRequiredHoldsNewPostsUntilSomeoneApproves() {
    Post waiting = first("mastodon-main", PostState.AWAITING_APPROVAL);
    assertThat(herald.store().posts().queue("mastodon-main")).isEmpty();
    assertThat(herald.publisher().publishDue("mastodon-main", true).posted()).isZero();

    OpResult approved = ops.approve(waiting.id(), DESK);

    assertThat(approved.done()).isTrue();
    assertThat(approved.post().state()).isEqualTo(PostState.QUEUED);
    assertThat(ops.approve(waiting.id(), DESK).kind()).isEqualTo(OpResult.Kind.WRONG_STATE);
    assertThat(herald.store().audit().forPost(waiting.id())).singleElement()
        .satisfies(a -> assertThat(a).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::before, AuditEntry::after)
            .containsExactly("night-desk", "approve", "awaiting_approval", "queued"));
    assertThat(herald.publisher().publishDue("mastodon-main", true).posted()).isEqualTo(1);
  }

  @Test
  void anEditIsCountedByThePlatformsOwnRulesAndOverLimitTextIsRefused() {
    Post tweet = first("x-main", PostState.QUEUED);
    String hindi = FakeWorld.HINDI_HEADLINE + " https://www.jaanojunction.com/news/delhi";

    OpResult tooLong = ops.edit(tweet.id(), "世".repeat(141), DESK);
    OpResult saved = ops.edit(tweet.id(), hindi, DESK);

    // CJK weighs 2 on X (twitter-text v3): 141 characters are 282 of 280.
    assertThat(tooLong.kind()).isEqualTo(OpResult.Kind.REFUSED);
    assertThat(tooLong.message()).contains("282 of 280");
    assertThat(saved.done()).isTrue();
    assertThat(herald.store().posts().find(tweet.id()).orElseThrow().text()).isEqualTo(hindi);
    assertThat(ops.count("x-main", "世".repeat(140)).orElseThrow()).isEqualTo(new Operations.TextCount(280, 280));
    var history = PostHistory.of(herald.store(), tweet.id()).orElseThrow().history();
    assertThat(history).filteredOn(e -> "action".equals(e.kind())).singleElement()
        .satisfies(e -> {
          assertThat(e.actor()).isEqualTo("night-desk");
          assertThat(e.before()).isEqualTo(tweet.text());
          assertThat(e.after()).isEqualTo(hindi);
        });
    assertThat(history).extracting(PostHistory.Entry::message).contains("queued", "text edited");
  }

  @Test
  void retryResumesAPausedChannelWhicheverFrontEndAsks() {
    Post post = first("telegram-main", PostState.QUEUED);
    herald.store().posts().markFailed(post.id(), "400 Bad Request", Instant.now());
    ops.pause("telegram-main", "checking the bot's rights", DESK);
    assertThat(herald.store().channels().get("telegram-main").pauseReason()).isEqualTo("checking the bot's rights");

    OpResult retried = ops.retry(post.id(), Actor.CLI);

    assertThat(retried.done()).isTrue();
    assertThat(herald.store().channels().get("telegram-main").paused()).isFalse();
    assertThat(herald.store().audit().recent(10)).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::channelId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("cli", "resume", "telegram-main"),
            org.assertj.core.groups.Tuple.tuple("cli", "retry", "telegram-main"),
            org.assertj.core.groups.Tuple.tuple("night-desk", "pause", "telegram-main"));
  }

  @Test
  void sendNowPublishesAtOnceOutsideTheSlot() {
    Post waiting = first("mastodon-main", PostState.AWAITING_APPROVAL);

    OpResult sent = ops.sendNow(waiting.id(), DESK);

    assertThat(sent.message()).isEqualTo("sent now");
    assertThat(sent.post().state()).isEqualTo(PostState.POSTED);
    assertThat(world.mastodon.statuses()).hasSize(1);
  }

  @Test
  void rescheduleSkipAndResolveSayWhyTheyCannot() {
    Post post = first("bluesky-main", PostState.QUEUED);
    Instant tomorrow = Instant.now().plusSeconds(86_400);

    assertThat(ops.reschedule(post.id(), tomorrow, DESK).done()).isTrue();
    assertThat(herald.store().posts().find(post.id()).orElseThrow().notBefore()).isEqualTo(tomorrow.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    assertThat(ops.resolve(post.id(), "https://example.com/elsewhere", DESK).message()).contains("not on bluesky-main's platform");
    assertThat(ops.skip(post.id(), null, DESK).done()).isTrue();
    assertThat(ops.skip(post.id(), null, DESK).message()).isEqualTo("post #" + post.id() + " is skipped; " + Operations.SKIP_RULE);
    assertThat(ops.skip(987_654, null, DESK).kind()).isEqualTo(OpResult.Kind.NOT_FOUND);
    assertThat(ops.pause("nope", null, DESK).kind()).isEqualTo(OpResult.Kind.NOT_FOUND);
  }

  private Post first(String channel, PostState state) {
    return herald.store().posts().recent(channel, Set.of(state), 10).stream().findFirst().orElseThrow();
  }
}
