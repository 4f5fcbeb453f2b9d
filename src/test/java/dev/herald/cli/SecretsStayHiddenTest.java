package dev.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.config.ConfigLoader;
import dev.herald.fake.FakeApi;
import dev.herald.fake.FakeWorld;
import dev.herald.pipeline.Herald;
import dev.herald.web.AdminServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Telegram and X refuse the credentials (401): the channels pause with a reason a person can act on,
 * and no token or secret appears on stderr (logs included), in {@code status}, {@code status --json},
 * the admin API or the admin page.
 */
class SecretsStayHiddenTest {

  @TempDir Path dir;
  FakeWorld world;
  Path config;

  @BeforeEach
  void setUp() {
    world = new FakeWorld(dir, "987654321:SOME_OTHER_bot_token_xxxxxxxxxxxxxxx");
    world.x.answerEveryRequestWith(FakeApi.jsonAnswer(401, """
        {"title":"Unauthorized","type":"about:blank","status":401,"detail":"Unauthorized"}"""));
    config = world.config("  port: 0\n  token: " + FakeWorld.ADMIN_TOKEN + "\n", Map.of());
  }

  @AfterEach
  void tearDown() throws IOException {
    world.close();
  }

  @Test
  void refusedCredentialsPauseTheChannelsAndNoOutputCarriesASecret() throws IOException {
    Cli.Result once = Cli.run("once", config);
    Cli.Result text = Cli.run("status", config);
    Cli.Result json = Cli.run("status", config, "--json");
    String api = adminApi();

    assertThat(world.telegram.requests()).anySatisfy(r -> assertThat(r.path()).startsWith("/bot" + FakeWorld.TELEGRAM_TOKEN + "/"));
    assertThat(world.x.requests()).anySatisfy(r -> assertThat(r.header("Authorization")).contains(FakeWorld.X_ACCESS_TOKEN));
    assertThat(once.out()).containsPattern("channel x-main .*\\(PAUSED — see `java -jar target/herald.jar status --config \\S+`\\)")
        .containsPattern("channel telegram-main .*\\(PAUSED — see `java -jar target/herald.jar status --config \\S+`\\)")
        .containsPattern("channel mastodon-main +2 posted");
    assertThat(once.err()).contains("Channel x-main paused (auth)", "Channel telegram-main paused (auth)");
    assertThat(text.out()).contains("PAUSED: auth: X answered 401", "PAUSED: auth: Telegram answered 401");
    for (JsonNode channel : json.json().path("channels")) {
      boolean refused = channel.path("id").asText().matches("x-main|telegram-main");
      assertThat(channel.path("paused").asBoolean()).as(channel.path("id").asText()).isEqualTo(refused);
      if (refused) {
        assertThat(channel.path("pauseReason").asText()).startsWith("auth: ").contains("401");
        assertThat(channel.path("nextSlotNote").asText()).startsWith("paused: auth: ");
        assertThat(channel.path("queue")).hasSize(2);
      }
    }
    String everything = String.join("\n", once.all(), text.all(), json.all(), api);
    FakeWorld.secrets().forEach((key, secret) -> assertThat(everything).as(key).doesNotContain(secret));
  }

  @Test
  void aConfigWithASecretInTheWrongPlaceIsRefusedWithoutEchoingIt() throws IOException {
    Files.writeString(config, Files.readString(config)
        .replace("chatId: \"@jaanojunction\"", "chatId: \"@jaanojunction\"\n    botTokn: \"" + FakeWorld.TELEGRAM_TOKEN + "\""));

    Cli.Result once = Cli.run("once", config);

    assertThat(once.code()).isEqualTo(2);
    assertThat(once.err()).contains("channels[1].botTokn");
    FakeWorld.secrets().forEach((key, secret) -> assertThat(once.all()).as(key).doesNotContain(secret));
  }

  /** The admin API's status JSON and the admin page, as a browser holding the token gets them. */
  private String adminApi() throws IOException {
    var cfg = ConfigLoader.load(config, Map.of()).config().orElseThrow();
    var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    var http = new OkHttpClient();
    try (var herald = Herald.start(cfg, Clock.systemUTC(), registry); var admin = AdminServer.start(cfg, herald, registry)) {
      var b = new StringBuilder();
      for (String path : new String[] {"/api/status", "/", "/metrics", "/health"}) {
        var request = new Request.Builder().url("http://127.0.0.1:" + admin.port() + path)
            .header("Authorization", "Bearer " + FakeWorld.ADMIN_TOKEN).build();
        try (var response = http.newCall(request).execute()) {
          assertThat(response.code()).as(path).isEqualTo(200);
          b.append(response.body().string()).append('\n');
        }
      }
      assertThat(b).contains("\"pauseReason\" : \"auth: ");
      return b.toString();
    }
  }
}
