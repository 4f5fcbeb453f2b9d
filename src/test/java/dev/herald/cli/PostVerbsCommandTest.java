package dev.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.config.ConfigLoader;
import dev.herald.fake.FakeApi;
import dev.herald.fake.FakeWorld;
import dev.herald.store.Database;
import dev.herald.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A manager's hand on one post: {@code retry}, {@code skip} and {@code resolve}, their exit codes and what they leave. */
class PostVerbsCommandTest {

  static final String ISRO = "ISRO launches its heaviest rocket with 36 satellites";

  @TempDir Path dir;
  FakeWorld world;
  Path config;

  @BeforeEach
  void setUp() {
    world = new FakeWorld(dir);
    config = world.config();
  }

  @AfterEach
  void tearDown() throws IOException {
    world.close();
  }

  @Test
  void statusPostShowsAPostsHistoryWithWhoDidWhatFromTheAuditLog() throws IOException {
    long id = queuedPostOn("mastodon-main");
    Cli.runOk("skip", config, String.valueOf(id));

    Cli.Result json = Cli.run("status", config, "--post", String.valueOf(id), "--json");
    Cli.Result text = Cli.run("status", config, "--post", String.valueOf(id));

    assertThat(json.code()).isZero();
    JsonNode history = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
    assertThat(history.path("state").asText()).isEqualTo("skipped");
    assertThat(history.path("history").findValuesAsText("actor")).containsExactly("cli");
    assertThat(history.path("history").findValuesAsText("action")).containsExactly("skip");
    assertThat(history.path("history").findValuesAsText("state")).containsExactly("queued", "skipped");
    assertThat(text.out()).contains("#" + id + " mastodon-main skipped", "cli skip: queued → skipped", "skipped: skipped by hand");
    assertThat(Cli.run("status", config, "--post", "987654").code()).isEqualTo(1);
  }

  @Test
  void skipDropsAQueuedPostAndASecondSkipNamesItsState() {
    long id = queuedPostOn("mastodon-main");

    Cli.Result skipped = Cli.run("skip", config, String.valueOf(id));
    assertThat(skipped.code()).isZero();
    assertThat(skipped.out()).contains("post #" + id + " skipped");
    assertThat(post(id).path("state").asText()).isEqualTo("skipped");

    Cli.Result again = Cli.run("skip", config, String.valueOf(id));
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err()).contains("post #" + id + " is skipped");

    Cli.runOk("once", config);
    assertThat(world.mastodon.statuses()).noneMatch(s -> s.contains(ISRO));
    assertThat(world.x.tweets()).anyMatch(s -> s.contains(ISRO));
  }

  @Test
  void retrySendsAFailedPostAgainOnTheNextRun() {
    Cli.runOk("once", config);
    world.breakingNews("isro-launch", ISRO);
    world.x.answerEveryRequestWith(FakeApi.jsonAnswer(403, """
        {"detail":"You are not allowed to create a Tweet with duplicate content.","type":"about:blank","title":"Forbidden","status":403}"""));
    assertThat(Cli.run("once", config).code()).as("once exits 1 when a post failed for good").isEqualTo(1);
    JsonNode failed = onlyPost("x-main", "failed");
    assertThat(failed.path("reason").asText()).contains("duplicate content");

    world.x.answerEveryRequestWith(null);
    Cli.Result retried = Cli.run("retry", config, failed.path("id").asText());
    assertThat(retried.code()).isZero();
    assertThat(retried.out()).contains("post #" + failed.path("id").asLong() + " is queued again on x-main");
    assertThat(post(failed.path("id").asLong()).path("state").asText()).isEqualTo("queued");

    Cli.runOk("once", config);
    assertThat(post(failed.path("id").asLong()).path("state").asText()).isEqualTo("posted");
    assertThat(world.x.tweets()).filteredOn(t -> t.contains(ISRO)).hasSize(1);
  }

  @Test
  void retryRefusesAPostedPostAndSaysWhy() {
    Cli.runOk("once", config);
    long id = Cli.statusJson(config).path("posts").get(0).path("id").asLong();

    Cli.Result r = Cli.run("retry", config, String.valueOf(id));

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("post #" + id + " is posted", "retry works on failed, in_doubt or skipped posts");
    assertThat(post(id).path("state").asText()).isEqualTo("posted");
  }

  @Test
  void resolveRecordsAnInDoubtPostAsPostedAtTheGivenUrl() {
    long id = queuedPostOn("telegram-main");
    leaveInDoubt(id);
    assertThat(post(id).path("state").asText()).isEqualTo("in_doubt");
    assertThat(Cli.runOk("status", config).out()).contains("Needs attention", "java -jar target/herald.jar resolve " + id + " --posted URL --config ");

    Cli.Result r = Cli.run("resolve", config, String.valueOf(id), "--posted", "https://t.me/jaanojunction/4242");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("post #" + id + " recorded as posted: https://t.me/jaanojunction/4242");
    assertThat(post(id).path("state").asText()).isEqualTo("posted");
    assertThat(post(id).path("platformUrl").asText()).isEqualTo("https://t.me/jaanojunction/4242");
    Cli.runOk("once", config);
    assertThat(world.telegram.posts()).noneMatch(p -> p.contains(ISRO));
  }

  @Test
  void resolveRefusesAUrlThatIsNotOnTheChannelsPlatformAndSaysWhy() {
    long id = queuedPostOn("telegram-main");
    leaveInDoubt(id);

    for (String wrong : new String[] {"https://x.com/jaanojunction/status/1", "javascript:alert(1)", "t.me/jaanojunction/1",
        "https://www.jaanojunction.com/isro-launch"}) {
      Cli.Result r = Cli.run("resolve", config, String.valueOf(id), "--posted", wrong);
      assertThat(r.code()).as(wrong).isEqualTo(2);
      assertThat(r.err()).as(wrong).contains("post #" + id + " not resolved").containsAnyOf("not an http(s) URL", "expected a link on t.me");
    }
    assertThat(post(id).path("state").asText()).isEqualTo("in_doubt");

    assertThat(Cli.run("resolve", config, String.valueOf(id), "--posted", "https://t.me/jaanojunction/4242").code()).isZero();
  }

  @Test
  void resolveOnMastodonTakesTheInstanceHostOfApiBaseUrl() {
    long id = queuedPostOn("mastodon-main");
    leaveInDoubt(id);
    String onInstance = world.mastodon.baseUrl() + "/@jaanojunction/1130";

    assertThat(Cli.run("resolve", config, String.valueOf(id), "--posted", "https://mastodon.social/@someone/1").code()).isEqualTo(2);
    assertThat(Cli.run("resolve", config, String.valueOf(id), "--posted", onInstance).code()).isZero();
    assertThat(post(id).path("platformUrl").asText()).isEqualTo(onInstance);
  }

  @Test
  void needsAttentionListsEveryPostInDoubtEvenBeyondTheRecentWindow() {
    long id = queuedPostOn("telegram-main");
    leaveInDoubt(id);
    Cli.runOk("once", config);

    String text = Cli.runOk("status", config, "--limit", "1").out();
    assertThat(text.substring(text.indexOf("Needs attention"), text.indexOf("Recent"))).contains("#" + id);
    var json = Cli.run("status", config, "--json", "--limit", "1").out();
    assertThat(json).contains("\"attention\"");
    assertThat(StreamSupport.stream(Cli.statusJson(config).path("attention").spliterator(), false))
        .extracting(p -> p.path("id").asLong()).containsExactly(id);
  }

  @Test
  void resolveRefusesASkippedPostNamingItsState() {
    long id = queuedPostOn("bluesky-main");
    Cli.runOk("skip", config, String.valueOf(id));

    Cli.Result r = Cli.run("resolve", config, String.valueOf(id), "--posted", "https://bsky.app/x");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("post #" + id + " is skipped");
    assertThat(post(id).path("state").asText()).isEqualTo("skipped");
  }

  @Test
  void everyVerbOnAPostThatDoesNotExistExitsOne() {
    Cli.runOk("once", config);
    for (String[] args : new String[][] {{"retry", "9999"}, {"skip", "9999"}, {"resolve", "9999", "--posted", "https://x.com/1"}}) {
      Cli.Result r = Cli.run(args[0], config, Arrays.copyOfRange(args, 1, args.length));
      assertThat(r.code()).as(args[0]).isEqualTo(1);
      assertThat(r.err()).as(args[0]).contains("there is no post #9999");
    }
  }

  @Test
  void everyVerbWithABadConfigExitsTwoNamingTheKey() throws IOException {
    Cli.runOk("once", config);
    Files.writeString(config, Files.readString(config).replace("every: 2m", "every: soon"), StandardCharsets.UTF_8);
    for (String verb : new String[] {"retry", "skip"}) {
      Cli.Result r = Cli.run(verb, config, "1");
      assertThat(r.code()).as(verb).isEqualTo(2);
      assertThat(r.err()).as(verb).contains("sources[0].every");
    }
    assertThat(Cli.run("resolve", config, "1", "--posted", "https://x.com/1").code()).isEqualTo(2);
  }

  @Test
  void resolveWithoutAUrlIsAUsageError() {
    Cli.runOk("once", config);

    Cli.Result r = Cli.run("resolve", config, "1");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--posted");
    assertThat(post(1).path("state").asText()).isEqualTo("posted");
  }

  /** Posts the feed, then queues one new article on every channel without publishing it; returns its post id on {@code channel}. */
  private long queuedPostOn(String channel) {
    Cli.runOk("once", config);
    world.breakingNews("isro-launch", ISRO);
    Cli.pollWithoutPublishing(config);
    return onlyPost(channel, "queued").path("id").asLong();
  }

  /** What a node that died mid-send leaves behind. */
  private void leaveInDoubt(long id) {
    var cfg = ConfigLoader.load(config, Map.of()).config().orElseThrow();
    try (Database db = Database.open(cfg.store())) {
      var store = new Store(db);
      Instant now = Instant.now();
      assertThat(store.posts().claim(id, "node-that-died", now)).isTrue();
      store.posts().markSendingInDoubt(now.plusSeconds(1), "Herald stopped while sending this post", now);
    }
  }

  private JsonNode onlyPost(String channel, String state) {
    var matches = StreamSupport.stream(Cli.statusJson(config).path("posts").spliterator(), false)
        .filter(p -> p.path("channel").asText().equals(channel) && p.path("state").asText().equals(state)).toList();
    assertThat(matches).as("%s posts on %s", state, channel).hasSize(1);
    return matches.get(0);
  }

  private JsonNode post(long id) {
    return StreamSupport.stream(Cli.statusJson(config).path("posts").spliterator(), false)
        .filter(p -> p.path("id").asLong() == id).findFirst().orElseThrow(() -> new AssertionError("no post #" + id));
  }
}
