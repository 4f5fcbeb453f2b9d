package dev.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.fake.FakeApi;
import dev.herald.fake.FakeWorld;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} and {@code check --live}: what is wrong, where, and whether the platforms take the credentials. */
class CheckCommandTest {

  @TempDir Path dir;

  @Test
  void theShippedConfigIsValid() {
    Cli.Result r = Cli.run("check", "--config", DemoConfig.SHIPPED.toString());

    assertThat(r.code()).as(r.all()).isZero();
    assertThat(r.out()).contains("config/herald.yml is valid: 1 source(s), 1 channel(s) enabled").doesNotContain("error:");
  }

  @Test
  void warningsSayWarningOnceWithTheirKeyPath() throws IOException {
    Path config = DemoConfig.copyInto(dir);
    Files.writeString(config, Files.readString(config).replace("token: ${HERALD_ADMIN_TOKEN:-}", "token: \"\""));

    Cli.Result r = Cli.run("check", config);

    assertThat(r.code()).isZero();
    assertThat(r.out()).containsPattern("(?m)^warning: admin\\.token \\(line \\d+\\): admin API is closed until admin.token is set")
        .doesNotContain("warning: warning:");
    assertThat(Cli.run("status", config).err()).as("status keeps config warnings for check and run").doesNotContain("warning");
  }

  @Test
  void aShortAdminTokenIsRefusedWithExitTwo() throws IOException {
    Path config = DemoConfig.copyInto(dir);
    Files.writeString(config, Files.readString(config).replace("token: ${HERALD_ADMIN_TOKEN:-}", "token: \"guessable-token\""));

    Cli.Result r = Cli.run("check", config);

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).containsPattern("(?m)^error: admin\\.token \\(line \\d+\\): the admin token is 15 characters; use at least 16")
        .doesNotContain("guessable-token");
  }

  @Test
  void everyErrorIsPrintedWithItsKeyPathAndLineAndExitsTwo() throws IOException {
    Path config = dir.resolve("herald.yml");
    Files.writeString(config, """
        outlet:
          name: Jaano Junction
          url: https://www.jaanojunction.com
        store:
          url: jdbc:h2:file:%s/data/herald
        sources:
          - id: main
            url: https://www.jaanojunction.com/feed
            every: sometimes
        channels:
          - id: telegram-main
            type: telegram
            chatId: "@jaanojunction"
            colour: red
        """.formatted(dir), StandardCharsets.UTF_8);

    Cli.Result r = Cli.run("check", config);

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).containsPattern("error: sources\\[0\\]\\.every \\(line 9\\): .+")
        .containsPattern("error: channels\\[0\\]\\.botToken( \\(line \\d+\\))?: .+")
        .containsPattern("error: channels\\[0\\]\\.colour \\(line 14\\): .+")
        .containsPattern("\\d+ error\\(s\\)")
        .doesNotContain("is valid");
    assertThat(dir.resolve("data")).doesNotExist();
  }

  @Test
  void aConfigFileThatIsNotThereExitsTwo() {
    Cli.Result r = Cli.run("check", dir.resolve("nowhere.yml"));

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).contains("error: config file not found: " + dir.resolve("nowhere.yml"));
  }

  @Test
  void liveCheckReachesTheSourceAndEveryChannel() throws IOException {
    try (var world = new FakeWorld(dir)) {
      Cli.Result r = Cli.run("check", world.config(), "--live");

      assertThat(r.code()).as(r.all()).isZero();
      assertThat(r.out()).contains("is valid: 1 source(s), 4 channel(s) enabled")
          .containsPattern("ok    source  main +4 item\\(s\\)")
          .containsPattern("ok    channel x-main +@jaanojunction")
          .containsPattern("ok    channel telegram-main +@jaano_herald_bot → Jaano Junction")
          .containsPattern("ok    channel mastodon-main +@jaanojunction on ")
          .containsPattern("ok    channel bluesky-main +@jaanojunction.bsky.social \\(did:plc:")
          .doesNotContain("FAIL");
      assertThat(world.x.requests("GET", "/2/users/me")).hasSize(1);
    }
  }

  @Test
  void liveCheckWarnsAboutACredentialExpiringWithinSevenDays() throws IOException {
    try (var world = new FakeWorld(dir)) {
      Path config = world.config();
      var cfg = dev.herald.config.ConfigLoader.load(config, java.util.Map.of()).config().orElseThrow();
      var now = java.time.Instant.now();
      try (var db = dev.herald.store.Database.open(cfg.store())) {
        new dev.herald.store.Store(db).channelSecrets().put("mastodon-main", "credential", "", false,
            now.plus(java.time.Duration.ofDays(3)).plusSeconds(600), now);
      }

      Cli.Result r = Cli.run("check", config, "--live");

      assertThat(r.code()).as(r.all()).isZero();
      assertThat(r.out()).containsPattern("WARN  channel mastodon-main +credential expires in 3 days \\(.+ UTC\\): renew the token");
      assertThat(r.out().lines().filter(l -> l.startsWith("WARN")).count()).isEqualTo(1);
    }
  }

  @Test
  void liveCheckFailsOnCredentialsThePlatformRefuses() throws IOException {
    try (var world = new FakeWorld(dir, "987654321:SOME_OTHER_bot_token_xxxxxxxxxxxxxxx")) {
      world.x.answerEveryRequestWith(FakeApi.jsonAnswer(401, """
          {"title":"Unauthorized","type":"about:blank","status":401,"detail":"Unauthorized"}"""));

      Cli.Result r = Cli.run("check", world.config(), "--live");

      assertThat(r.code()).isEqualTo(1);
      assertThat(r.out()).containsPattern("FAIL  channel x-main +auth: .+")
          .containsPattern("FAIL  channel telegram-main +auth: .+")
          .containsPattern("ok    channel mastodon-main ")
          .containsPattern("ok    channel bluesky-main ");
      for (String secret : FakeWorld.secrets().values()) assertThat(r.all()).doesNotContain(secret);
    }
  }

  @Test
  void platformSettingsAreCheckedByTheirProvidersSchemaWithKeyPathAndLine() throws IOException {
    Path config = dir.resolve("herald.yml");
    Files.writeString(config, """
        outlet:
          name: Jaano Junction
        store:
          url: jdbc:h2:file:%s/data/herald
        channels:
          - id: telegram-main
            type: telegram
            botToken: "7000000001:AAE-telegram-token-abcdefghijklmnopq"
            chatId: "@jaanojunction"
            silent: yes
            apiBaseUrl: "not a url"
          - id: mastodon-main
            type: mastodon
            apiBaseUrl: https://mastodon.social
            accessToken: mastodon-token-123456
            visibility: everyone
            maxCharacters: -5
          - id: x-main
            type: x
            apiKey: k-123456
            apiSecret: s-123456
            accessToken: t-123456
            accessTokenSecret: ts-123456
            mediaUpload: v3
        """.formatted(dir), StandardCharsets.UTF_8);

    Cli.Result r = Cli.run("check", config);

    assertThat(r.code()).as(r.all()).isEqualTo(2);
    assertThat(r.out())
        .contains("error: channels[0].silent (line 10): expected true or false, got 'yes'")
        .contains("error: channels[0].apiBaseUrl (line 11): expected an http(s) URL like https://example.com, got 'not a url'")
        .contains("error: channels[1].visibility (line 16): expected one of public, unlisted, private, got 'everyone'")
        .contains("error: channels[1].maxCharacters (line 17): expected a whole number from 1 to 1000000, got '-5'")
        .contains("error: channels[2].mediaUpload (line 24): expected one of v2, v1.1, got 'v3'")
        .contains("5 error(s)")
        .doesNotContain("7000000001:AAE", "mastodon-token-123456");
  }
}
