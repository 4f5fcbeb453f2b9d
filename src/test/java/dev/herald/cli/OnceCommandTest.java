package dev.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.fake.FakeApi;
import dev.herald.fake.FakeWorld;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code once} beyond the happy path: bad config, a failing source, a paused channel whose credentials were fixed. */
class OnceCommandTest {

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
  void aBadConfigExitsTwoNamingTheKeyAndTouchesNothing() throws IOException {
    Files.writeString(config, Files.readString(config).replaceFirst("    apiSecret: .*\n", ""), StandardCharsets.UTF_8);

    Cli.Result r = Cli.run("once", config);

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).containsPattern("error: channels\\[0\\]\\.apiSecret.*").contains("`java -jar target/herald.jar check --config ").contains("` lists them");
    assertThat(dir.resolve("data")).doesNotExist();
    assertThat(world.outlet.requests()).isEmpty();
    assertThat(world.x.requests()).isEmpty();
  }

  @Test
  void aFailingSourceIsReportedAndTheRunStillEnds() {
    world.outlet.answerEveryRequestWith(FakeApi.jsonAnswer(503, "{\"error\":\"maintenance\"}"));

    Cli.Result r = Cli.run("once", config);

    assertThat(r.code()).as(r.all()).isZero();
    assertThat(r.out()).containsPattern("source main +FAILED: .*503").containsPattern("channel x-main +0 posted");
    assertThat(Cli.runOk("status", config).out()).contains("FAILED:");
  }

  @Test
  void aChannelPausedForItsCredentialsIsResumedByTheNextOnceAndLosesNothing() {
    world.x.answerEveryRequestWith(FakeApi.jsonAnswer(401, """
        {"title":"Unauthorized","type":"about:blank","status":401,"detail":"Unauthorized"}"""));
    Cli.Result paused = Cli.run("once", config);
    assertThat(paused.out()).containsPattern("channel x-main .*PAUSED");
    assertThat(paused.err()).contains("Fix it, then restart Herald (or run `java -jar target/herald.jar once --config ");
    assertThat(x(Cli.statusJson(config)).path("paused").asBoolean()).isTrue();
    assertThat(x(Cli.statusJson(config)).path("queue")).hasSize(2);

    world.x.answerEveryRequestWith(null);
    Cli.Result r = Cli.run("once", config);

    assertThat(r.code()).as(r.all()).isZero();
    assertThat(r.out()).containsPattern("channel x-main +2 posted").doesNotContain("PAUSED");
    assertThat(x(Cli.statusJson(config)).path("paused").asBoolean()).isFalse();
    assertThat(world.x.tweets()).hasSize(2).anySatisfy(t -> assertThat(t).contains(FakeWorld.HINDI_HEADLINE));
  }

  @Test
  void aSingle503IsRetriedWithinTheSameOnceAndTheStoryGoesOut() {
    world.mastodon.answerNext("POST", "/api/v1/statuses", FakeApi.jsonAnswer(503, "{\"error\":\"Service Unavailable\"}"));

    Cli.Result r = Cli.run("once", config);

    assertThat(r.code()).as(r.all()).isZero();
    assertThat(r.out()).containsPattern("channel mastodon-main +1 posted, 1 retrying")
        .containsPattern("channel mastodon-main +1 posted, 0 retrying").doesNotContain("still waiting");
    assertThat(world.mastodon.distinctStatuses()).as("both stories are out").isEqualTo(2);
    assertThat(world.mastodon.requests("POST", "/api/v1/statuses")).as("one 503, two accepted").hasSize(3);
  }

  @Test
  void withNoWaitTheRetryIsListedAsStillWaitingAndTheExitIsZero() {
    world.mastodon.answerNext("POST", "/api/v1/statuses", FakeApi.jsonAnswer(503, "{\"error\":\"Service Unavailable\"}"));

    Cli.Result r = Cli.run("once", config, "--wait", "0s");

    assertThat(r.code()).as(r.all()).isZero();
    assertThat(r.out()).contains("still waiting").containsPattern("#\\d+ +mastodon-main +due .* — retrying in \\d+s: .*503");
    assertThat(world.mastodon.distinctStatuses()).isEqualTo(1);
  }

  private static JsonNode x(JsonNode status) {
    return status.path("channels").get(0);
  }
}
