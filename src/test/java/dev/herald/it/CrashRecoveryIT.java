package dev.herald.it;

import static dev.herald.it.Newsroom.isTelegramSend;
import static dev.herald.it.Newsroom.sendsBySlug;
import static dev.herald.it.Newsroom.slug;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.fake.FakeApi;
import dev.herald.fake.FakeMastodon;
import dev.herald.fake.FakeOutlet;
import dev.herald.fake.FakeTelegram;
import dev.herald.fake.Recorded;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Herald's delivery promise through real crashes: {@code herald run} is killed with SIGKILL while a
 * platform holds the reply to one post, then started again. The held post did reach the platform.
 */
class CrashRecoveryIT {

  static final int ITEMS = 4;
  static final String HELD = "item-2";
  static final Duration START_AND_SEND = Duration.ofSeconds(90);

  @TempDir Path dir;
  FakeOutlet outlet;
  FakeTelegram telegram;
  FakeMastodon mastodon;

  @BeforeEach
  void setUp() {
    outlet = new FakeOutlet();
    telegram = new FakeTelegram(Newsroom.TELEGRAM_TOKEN);
    mastodon = new FakeMastodon();
    Newsroom.publishItems(outlet, ITEMS);
  }

  @AfterEach
  void tearDown() throws IOException {
    for (var fake : List.of(outlet, telegram, mastodon)) fake.close();
  }

  Path config(String channel) {
    return Newsroom.writeConfig(dir, "jdbc:h2:file:" + dir + "/data/herald", "publishEvery: 1s", outlet, ITEMS, channel);
  }

  /** Starts `run`, waits until the platform got the held post, and kills Herald with SIGKILL. */
  void crashWhileSending(Path config, FakeApi.Hold hold) {
    try (var run = HeraldProcess.start(dir, config, "run")) {
      await().atMost(START_AND_SEND).until(hold::arrived);
      run.kill();
    }
  }

  static JsonNode post(JsonNode status, String channel, String slug) {
    return HeraldProcess.posts(status).stream()
        .filter(p -> p.path("channel").asText().equals(channel) && p.path("articleUrl").asText().endsWith("/news/" + slug))
        .findFirst().orElseThrow(() -> new AssertionError("no post of " + slug + " on " + channel + " in " + status));
  }

  @Test
  void aCrashMidSendLeavesThePostInDoubtAndNeverSendsItTwice() {
    Path config = config(Newsroom.telegram(telegram.baseUrl()));
    var hold = telegram.hold(r -> isTelegramSend(r) && HELD.equals(slug(r)));
    crashWhileSending(config, hold);

    var once = HeraldProcess.run(dir, config, "once");
    assertThat(once.code()).as(once.stderr()).isZero();

    List<Recorded> sends = telegram.requests().stream().filter(Newsroom::isTelegramSend).toList();
    assertThat(sendsBySlug(sends)).containsOnly(
        Map.entry("item-1", 1L), Map.entry("item-2", 1L), Map.entry("item-3", 1L), Map.entry("item-4", 1L));
    JsonNode status = HeraldProcess.status(dir, config);
    JsonNode held = post(status, "telegram-main", HELD);
    assertThat(held.path("state").asText()).isEqualTo("in_doubt");
    assertThat(held.path("reason").asText()).contains("may or may not have gone out");
    assertThat(HeraldProcess.posts(status)).filteredOn(p -> p != held)
        .extracting(p -> p.path("state").asText()).containsExactly("posted", "posted", "posted");

    String url = "https://t.me/jaanojunction/101";
    var resolve = HeraldProcess.run(dir, config, "resolve", held.path("id").asText(), "--posted", url);
    assertThat(resolve.code()).as(resolve.stderr()).isZero();
    JsonNode resolved = post(HeraldProcess.status(dir, config), "telegram-main", HELD);
    assertThat(resolved.path("state").asText()).isEqualTo("posted");
    assertThat(resolved.path("platformUrl").asText()).isEqualTo(url);
    assertThat(sendsBySlug(telegram.requests().stream().filter(Newsroom::isTelegramSend).toList())).containsEntry(HELD, 1L);
  }

  @Test
  void aManagersRetrySendsAnInDoubtPostAgain() {
    Path config = config(Newsroom.telegram(telegram.baseUrl()));
    var hold = telegram.hold(r -> isTelegramSend(r) && HELD.equals(slug(r)));
    crashWhileSending(config, hold);
    hold.release();

    assertThat(HeraldProcess.run(dir, config, "once").code()).isZero();
    JsonNode held = post(HeraldProcess.status(dir, config), "telegram-main", HELD);
    assertThat(held.path("state").asText()).isEqualTo("in_doubt");

    var retry = HeraldProcess.run(dir, config, "retry", held.path("id").asText());
    assertThat(retry.code()).as(retry.stderr()).isZero();
    assertThat(retry.stdout()).contains("queued again");
    assertThat(HeraldProcess.run(dir, config, "once").code()).isZero();

    assertThat(sendsBySlug(telegram.requests().stream().filter(Newsroom::isTelegramSend).toList()))
        .as("the manager chose to send it again").containsEntry(HELD, 2L).containsEntry("item-1", 1L);
    assertThat(post(HeraldProcess.status(dir, config), "telegram-main", HELD).path("state").asText()).isEqualTo("posted");
  }

  @Test
  void anIdempotentPlatformsInDoubtPostIsFoundOnTheAccountInsteadOfBeingSentAgain() {
    Path config = config(Newsroom.mastodon(mastodon.baseUrl()));
    var hold = mastodon.hold(r -> r.path().startsWith("/api/v1/statuses") && HELD.equals(slug(r)));
    crashWhileSending(config, hold);

    try (var run = HeraldProcess.start(dir, config, "run")) {
      await().atMost(START_AND_SEND).until(() -> mastodon.statuses().size() == ITEMS && run.stderr().contains("settled"));
      run.terminate();
      assertThat(run.waitFor(60)).as(run.stderr()).isZero();
    }

    List<Recorded> heldSends = mastodon.requests("POST", "/api/v1/statuses").stream()
        .filter(r -> HELD.equals(slug(r))).toList();
    assertThat(heldSends).as("found by its link, not sent again").hasSize(1);
    assertThat(mastodon.distinctStatuses()).isEqualTo(ITEMS);
    JsonNode status = HeraldProcess.status(dir, config);
    assertThat(HeraldProcess.posts(status)).extracting(p -> p.path("state").asText()).containsOnly("posted").hasSize(ITEMS);
    String heldUrl = post(status, "mastodon-main", HELD).path("platformUrl").asText();
    assertThat(mastodon.contentByUrl().get(heldUrl)).as("the status behind %s", heldUrl).contains("/news/" + HELD);
  }

  @Test
  void sigtermLetsThePostInFlightFinishAndExitsZero() {
    Path config = config(Newsroom.telegram(telegram.baseUrl()));
    var hold = telegram.hold(r -> isTelegramSend(r) && HELD.equals(slug(r)));
    try (var run = HeraldProcess.start(dir, config, "run")) {
      await().atMost(START_AND_SEND).until(hold::arrived);
      run.terminate();
      await().atMost(Duration.ofSeconds(30)).until(() -> run.stderr().contains("waiting for the one in flight"));
      hold.release();
      assertThat(run.waitFor(60)).as(run.stderr()).isZero();
    }

    JsonNode status = HeraldProcess.status(dir, config);
    assertThat(post(status, "telegram-main", HELD).path("state").asText()).isEqualTo("posted");
    assertThat(HeraldProcess.posts(status)).extracting(p -> p.path("state").asText()).doesNotContain("sending", "in_doubt");
    assertThat(sendsBySlug(telegram.requests().stream().filter(Newsroom::isTelegramSend).toList()).values())
        .containsOnly(1L);
  }
}
