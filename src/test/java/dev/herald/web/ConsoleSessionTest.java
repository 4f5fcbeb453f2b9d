package dev.herald.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.config.ConfigLoader;
import dev.herald.config.HeraldConfig;
import dev.herald.fake.FakeWorld;
import dev.herald.pipeline.Herald;
import dev.herald.store.PostState;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Console login: named tokens, the session cookie, CSRF on every state change, logout; Bearer access as before. */
class ConsoleSessionTest {

  static final String PRIYA_TOKEN = "priya-token-0123456789abcdef";
  static final ObjectMapper JSON = new ObjectMapper();
  static final MediaType JSON_TYPE = MediaType.get("application/json");

  @TempDir Path dir;
  FakeWorld world;
  Herald herald;
  AdminServer admin;
  final OkHttpClient http = new OkHttpClient();

  @BeforeEach
  void setUp() {
    world = new FakeWorld(dir);
    Path file = world.config("""
          port: 0
          token: %s
          tokens:
            - {name: priya, token: %s}
        """.formatted(FakeWorld.ADMIN_TOKEN, PRIYA_TOKEN), Map.of());
    HeraldConfig config = ConfigLoader.load(file, Map.of()).config().orElseThrow();
    var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    herald = Herald.start(config, Clock.systemUTC(), registry);
    config.enabledSources().forEach(herald.poller()::poll);
    admin = AdminServer.start(config, herald, registry, null);
  }

  @AfterEach
  void tearDown() throws IOException {
    if (admin != null) admin.close();
    if (herald != null) herald.close();
    world.close();
  }

  @Test
  void aNamedTokenLogsInToAnHttpOnlyStrictSessionAndTheAuditSaysWho() throws IOException {
    long post = queued();
    try (Response login = call("POST", "/login", "{\"token\":\"" + PRIYA_TOKEN + "\"}", Map.of())) {
      assertThat(login.code()).isEqualTo(200);
      String cookie = login.header("Set-Cookie");
      assertThat(cookie).startsWith("herald_session=").contains("HttpOnly", "SameSite=Strict", "Path=/").doesNotContain(PRIYA_TOKEN);
      JsonNode body = JSON.readTree(login.body().string());
      assertThat(body.path("name").asText()).isEqualTo("priya");
      String session = cookie.substring(0, cookie.indexOf(';'));
      String csrf = body.path("csrf").asText();

      try (Response noCsrf = call("POST", "/api/posts/" + post + "/skip", "{}", Map.of("Cookie", session))) {
        assertThat(noCsrf.code()).isEqualTo(403);
      }
      assertThat(herald.store().posts().find(post).orElseThrow().state()).isEqualTo(PostState.QUEUED);
      try (Response read = call("GET", "/api/status", null, Map.of("Cookie", session))) {
        assertThat(read.code()).as("reads need no CSRF token").isEqualTo(200);
      }
      try (Response skipped = call("POST", "/api/posts/" + post + "/skip", "{}", Map.of("Cookie", session, "X-CSRF-Token", csrf))) {
        assertThat(skipped.code()).isEqualTo(200);
      }
      assertThat(herald.store().audit().forPost(post)).singleElement().satisfies(a -> assertThat(a.actor()).isEqualTo("priya"));

      try (Response logout = call("POST", "/logout", "{}", Map.of("Cookie", session, "X-CSRF-Token", csrf))) {
        assertThat(logout.code()).isEqualTo(200);
        assertThat(logout.header("Set-Cookie")).contains("Max-Age=0");
      }
      try (Response after = call("GET", "/api/status", null, Map.of("Cookie", session))) {
        assertThat(after.code()).isEqualTo(401);
      }
    }
  }

  @Test
  void aWrongTokenOpensNoSessionAndBearerAccessNeedsNoCsrf() throws IOException {
    try (Response wrong = call("POST", "/login", "{\"token\":\"priya-token-0123456789abcdeX\"}", Map.of())) {
      assertThat(wrong.code()).isEqualTo(401);
      assertThat(wrong.header("Set-Cookie")).isNull();
    }
    long post = queued();
    try (Response bearer = call("POST", "/api/posts/" + post + "/skip", "{}", Map.of("Authorization", "Bearer " + FakeWorld.ADMIN_TOKEN))) {
      assertThat(bearer.code()).isEqualTo(200);
    }
    assertThat(herald.store().audit().forPost(post)).singleElement().satisfies(a -> assertThat(a.actor()).isEqualTo("admin"));
    try (Response history = call("GET", "/api/posts/" + post, null, Map.of("Authorization", "Bearer " + PRIYA_TOKEN))) {
      JsonNode body = JSON.readTree(history.body().string());
      assertThat(body.path("history").findValuesAsText("actor")).containsExactly("admin");
      assertThat(body.path("state").asText()).isEqualTo("skipped");
    }
  }

  private long queued() {
    return herald.store().posts().recent("x-main", Set.of(PostState.QUEUED), 1).get(0).id();
  }

  private Response call(String method, String path, String json, Map<String, String> headers) throws IOException {
    var request = new Request.Builder().url("http://127.0.0.1:" + admin.port() + path)
        .method(method, json == null ? null : RequestBody.create(json, JSON_TYPE));
    headers.forEach(request::header);
    return http.newCall(request.build()).execute();
  }
}
