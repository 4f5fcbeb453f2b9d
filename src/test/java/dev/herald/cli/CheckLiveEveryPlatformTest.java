package dev.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.fake.FakeGraph;
import dev.herald.fake.FakeLinkedIn;
import dev.herald.fake.FakeWorld;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --live} with the four new platforms: each account verified, the card URL fetched back. */
class CheckLiveEveryPlatformTest {

  @TempDir Path dir;
  FakeWorld world;
  Path config;

  @BeforeEach
  void setUp() throws IOException {
    world = new FakeWorld(dir);
    config = world.configWithEveryPlatform(EveryPlatformOnceTest.freePort());
  }

  @AfterEach
  void tearDown() throws IOException {
    world.close();
  }

  @Test
  void everyAccountIsVerifiedAndTheTestCardIsReachable() {
    var r = Cli.run("check", "--config", config.toString(), "--live");

    assertThat(r.code()).as(r.all()).isZero();
    assertThat(r.out()).contains("ok    cards   http://127.0.0.1:")
        .containsPattern("ok    channel facebook-page +Jaano Junction \\(Facebook Page 1234567890\\)")
        .containsPattern("ok    channel instagram +@jaanojunction \\(Instagram 17841400000000000\\), publishing quota used 0/100")
        .containsPattern("ok    channel threads +@jaanojunction \\(Threads 1234567890\\)")
        .containsPattern("ok    channel linkedin +Jaano Junction \\(LinkedIn organization 12345678\\)");
    FakeWorld.secrets().forEach((key, secret) -> assertThat(r.all()).as(key).doesNotContain(secret));
  }

  @Test
  void aRetiredLinkedInVersionAndAnExpiredPageTokenAreNamed() {
    world.linkedin.answerEveryRequestWith(FakeLinkedIn.error(426, "NONEXISTENT_VERSION", "Requested version 202511 is not active"));
    world.facebook.answerEveryRequestWith(FakeGraph.graphError(400, 190, 463, "OAuthException", "Session has expired"));

    var r = Cli.run("check", "--config", config.toString(), "--live");

    assertThat(r.code()).isEqualTo(Main.POST_FAILED);
    assertThat(r.out()).containsPattern("FAIL  channel linkedin +config: .*426 NONEXISTENT_VERSION.*retired")
        .containsPattern("FAIL  channel facebook-page +auth: .*190");
  }

  @Test
  void aPageTokenNearItsExpiryIsWarnedAboutAndThreadsRefreshesItsToken() {
    world.facebook.tokenExpiresAt(java.time.Instant.now().plus(java.time.Duration.ofDays(3)).getEpochSecond());

    var r = Cli.run("check", "--config", config.toString(), "--live");

    assertThat(r.code()).as(r.all()).isZero();
    assertThat(r.out()).containsPattern("WARN  channel facebook-page +credential expires in [23] days")
        .containsPattern("ok    channel threads +.*token refreshed until ")
        .doesNotContainPattern("WARN  channel (instagram|threads)");
    assertThat(world.threads.requests("GET", "/refresh_access_token")).hasSize(1);
    FakeWorld.secrets().forEach((key, secret) -> assertThat(r.all()).as(key).doesNotContain(secret));
    assertThat(r.all()).doesNotContain(dev.herald.fake.FakeThreads.REFRESHED_TOKEN);
  }
}
