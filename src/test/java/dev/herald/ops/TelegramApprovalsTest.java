package dev.herald.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.channel.HttpClients;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Approving from a private Telegram chat: drafts with card and buttons, callback queries and replies, against the Telegram fake. */
class TelegramApprovalsTest {

  static final long PRIYA = 424242;
  static final long STRANGER = 999;

  @TempDir Path dir;
  FakeWorld world;
  Herald herald;
  TelegramApprovals approvals;

  @BeforeEach
  void setUp() {
    world = new FakeWorld(dir);
    Path file = world.config("  enabled: false\n", Map.of(
        "mastodon-main", "    approval: required\n",
        "telegram-main", "    approvers: [\"" + PRIYA + "\"]\n"));
    HeraldConfig config = ConfigLoader.load(file, Map.of()).config().orElseThrow();
    herald = Herald.start(config, Clock.systemUTC(), new SimpleMeterRegistry());
    config.enabledSources().forEach(herald.poller()::poll);
    approvals = new TelegramApprovals(config, herald.store(), Operations.of(herald), HttpClients.shared(), herald.clock(),
        Herald.states(herald.store(), herald.clock()));
  }

  @AfterEach
  void tearDown() throws java.io.IOException {
    if (herald != null) herald.close();
    world.close();
  }

  @Test
  void eachWaitingPostIsSentOnceToTheApproverWithItsCardAndButtons() {
    approvals.tick();
    approvals.tick();

    List<Post> waiting = waiting();
    assertThat(waiting).hasSize(2);
    var drafts = world.telegram.sentTo(PRIYA);
    assertThat(drafts).hasSize(2);
    assertThat(drafts).allSatisfy(d -> {
      assertThat(d.path()).endsWithIgnoringCase("/sendPhoto");
      assertThat(d.fields().get("caption")).startsWith("Draft #").contains("for mastodon-main");
      assertThat(d.fields().get("reply_markup")).contains("\"callback_data\":\"approve:", "\"callback_data\":\"skip:");
    });
    assertThat(drafts.get(0).fields().get("caption")).contains(waiting.get(0).text());
  }

  @Test
  void theApproveButtonQueuesThePostAndTheAuditNamesTheTelegramUser() {
    approvals.tick();
    Post post = waiting().get(0);
    long draft = herald.store().drafts().messageOf(post.id(), Long.toString(PRIYA)).orElseThrow();

    world.telegram.pressButton(STRANGER, STRANGER, "mallory", draft, "approve:" + post.id());
    world.telegram.pressButton(PRIYA, PRIYA, "priya", draft, "approve:" + post.id());
    approvals.tick();
    approvals.tick();

    assertThat(herald.store().posts().find(post.id()).orElseThrow().state()).isEqualTo(PostState.QUEUED);
    assertThat(world.telegram.callbackAnswers()).containsExactly("You are not an approver of this Herald", "#" + post.id() + " approved");
    assertThat(herald.store().audit().forPost(post.id())).extracting(AuditEntry::actor, AuditEntry::action)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("telegram:@priya", "approve"));
  }

  @Test
  void aReplyToTheDraftEditsItsTextButNotPastThePlatformsLimitAndSkipDropsIt() {
    approvals.tick();
    Post post = waiting().get(0);
    long draft = herald.store().drafts().messageOf(post.id(), Long.toString(PRIYA)).orElseThrow();
    String better = FakeWorld.HINDI_HEADLINE + " — अपडेट https://www.jaanojunction.com/news/delhi";

    world.telegram.reply(PRIYA, PRIYA, "priya", draft, "x".repeat(501));
    world.telegram.reply(PRIYA, PRIYA, "priya", draft, better);
    world.telegram.pressButton(PRIYA, PRIYA, null, draft, "skip:" + post.id());
    approvals.tick();

    Post after = herald.store().posts().find(post.id()).orElseThrow();
    assertThat(after.text()).isEqualTo(better);
    assertThat(after.state()).isEqualTo(PostState.SKIPPED);
    assertThat(world.telegram.sentTo(PRIYA)).filteredOn(r -> r.path().endsWith("/sendMessage"))
        .extracting(r -> dev.herald.fake.FakeX.tree(r).path("text").asText(""))
        .anySatisfy(t -> assertThat(t).startsWith("Not saved: the text is 501 of 500"))
        .anySatisfy(t -> assertThat(t).startsWith("Saved: #" + post.id()));
    assertThat(herald.store().audit().forPost(post.id())).extracting(AuditEntry::actor)
        .containsExactly("telegram:@priya", "telegram:" + PRIYA);
  }

  private List<Post> waiting() {
    return herald.store().posts().recent("mastodon-main", Set.of(PostState.AWAITING_APPROVAL), 10).stream()
        .sorted(java.util.Comparator.comparingLong(Post::id)).toList();
  }
}
