package dev.herald.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.config.ConfigLoader;
import dev.herald.config.HeraldConfig;
import dev.herald.pipeline.Herald;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin HTTP API and UI of a running Herald on port 0: one article posted to the preview channel,
 * the other four of the demo feed queued behind its 10-minute spacing.
 */
class AdminServerTest {

  static final String ADMIN_TOKEN = "adm-token-SECRET-0f9e8d7c";
  static final String TELEGRAM_TOKEN = "123456789:FAKE_test_token_not_real_aaaaaaaaaaa";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  final OkHttpClient http = new OkHttpClient();
  Herald herald;
  AdminServer admin;

  @AfterEach
  void tearDown() {
    if (admin != null) admin.close();
    if (herald != null) herald.close();
  }

  @Test
  void healthIsOpenWithoutAToken() throws IOException {
    start(ADMIN_TOKEN);

    Reply r = call("GET", "/health", null);

    assertThat(r.code()).isEqualTo(200);
    assertThat(r.json().path("status").asText()).isEqualTo("ok");
  }

  @Test
  void statusNeedsTheAdminToken() throws IOException {
    start(ADMIN_TOKEN);

    Reply none = call("GET", "/api/status", null);
    Reply wrong = call("GET", "/api/status", "not-the-token");
    Reply right = call("GET", "/api/status", ADMIN_TOKEN);

    assertThat(none.code()).isEqualTo(401);
    assertThat(wrong.code()).isEqualTo(401);
    assertThat(wrong.body()).contains("Missing or wrong admin token").doesNotContain(ADMIN_TOKEN);
    assertThat(right.code()).isEqualTo(200);
    JsonNode status = right.json();
    assertThat(status.path("channels").get(0).path("id").asText()).isEqualTo("preview");
    assertThat(status.path("channels").get(0).path("counts").path("posted").asInt()).isEqualTo(1);
    assertThat(status.path("channels").get(0).path("queue")).hasSize(4);
    assertThat(status.path("posts")).hasSize(5);
    assertThat(status.path("posts").findValuesAsText("headline"))
        .contains("पूर्वोत्तर सीमांत रेलवे छुट्टियों के लिए चलाएगा 20 शीतकालीन विशेष ट्रेनें");
  }

  @Test
  void skipThroughTheApiDropsAQueuedPostOnlyWithTheToken() throws IOException {
    start(ADMIN_TOKEN);
    long queued = call("GET", "/api/status", ADMIN_TOKEN).json().path("channels").get(0).path("queue").get(0).path("id").asLong();

    assertThat(call("POST", "/api/posts/" + queued + "/skip", null).code()).isEqualTo(401);
    assertThat(state(queued)).isEqualTo("queued");

    Reply skipped = call("POST", "/api/posts/" + queued + "/skip", ADMIN_TOKEN);
    assertThat(skipped.code()).isEqualTo(200);
    assertThat(skipped.json().path("result").asText()).isEqualTo("skipped");
    assertThat(state(queued)).isEqualTo("skipped");
    assertThat(herald.store().posts().find(queued).orElseThrow().reason()).isEqualTo("skipped in the admin UI");

    Reply again = call("POST", "/api/posts/" + queued + "/skip", ADMIN_TOKEN);
    assertThat(again.code()).isEqualTo(409);
    assertThat(call("POST", "/api/posts/oops/skip", ADMIN_TOKEN).code()).isEqualTo(400);
  }

  @Test
  void resolveThroughTheApiNeedsTheUrlItWentOutAt() throws IOException {
    start(ADMIN_TOKEN);
    long queued = call("GET", "/api/status", ADMIN_TOKEN).json().path("channels").get(0).path("queue").get(0).path("id").asLong();

    assertThat(call("POST", "/api/posts/" + queued + "/resolve", ADMIN_TOKEN).code()).isEqualTo(400);
    Reply resolved = call("POST", "/api/posts/" + queued + "/resolve?posted=https%3A%2F%2Fexample.com%2Fp%2F1", ADMIN_TOKEN);

    assertThat(resolved.code()).isEqualTo(200);
    assertThat(state(queued)).isEqualTo("posted");
    assertThat(herald.store().posts().find(queued).orElseThrow().platformUrl()).isEqualTo("https://example.com/p/1");
  }

  @Test
  void metricsCountPostsAndNeedTheToken() throws IOException {
    start(ADMIN_TOKEN);

    assertThat(call("GET", "/metrics", null).code()).isEqualTo(401);
    Reply metrics = call("GET", "/metrics", ADMIN_TOKEN);

    assertThat(metrics.code()).isEqualTo(200);
    assertThat(metrics.body()).contains("herald_posts_total{channel=\"preview\",outcome=\"posted\"} 1.0");
  }

  @Test
  void theUiPageHoldsNoTokenAndNoSecret() throws IOException {
    start(ADMIN_TOKEN);

    Reply page = call("GET", "/", null);

    assertThat(page.code()).isEqualTo(200);
    assertThat(page.body()).contains("<title>Herald</title>", "admin token").doesNotContain(ADMIN_TOKEN, TELEGRAM_TOKEN);
    assertThat(call("GET", "/", ADMIN_TOKEN).body()).doesNotContain(ADMIN_TOKEN, TELEGRAM_TOKEN);
  }

  @Test
  void aBlankAdminTokenClosesTheApiWithAClearMessage() throws IOException {
    start("");

    Reply status = call("GET", "/api/status", "");
    Reply metrics = call("GET", "/metrics", "anything");

    assertThat(status.code()).isEqualTo(401);
    assertThat(status.body()).contains("The admin API is closed: set admin.token (HERALD_ADMIN_TOKEN) to open it");
    assertThat(metrics.code()).isEqualTo(401);
    assertThat(call("GET", "/health", null).code()).isEqualTo(200);
  }

  @Test
  void theUiAsksForJsonErrorsSoItCanShowWhyTheApiIsClosed() throws IOException {
    start("");

    Reply status = call("GET", "/api/status", "", "application/json");

    assertThat(status.code()).isEqualTo(401);
    assertThat(status.json().path("title").asText()).isEqualTo("The admin API is closed: set admin.token (HERALD_ADMIN_TOKEN) to open it");
    assertThat(call("GET", "/", null).body()).contains("Accept: \"application/json\"", "body.title");
  }

  @Test
  void everyResponseCarriesAStrictPolicyThatAllowsExactlyThePagesOwnScriptAndStyle() throws IOException {
    start(ADMIN_TOKEN);

    for (String path : List.of("/", "/health", "/api/status", "/no-such-page")) {
      try (var response = http.newCall(new Request.Builder().url("http://127.0.0.1:" + admin.port() + path).build()).execute()) {
        assertThat(response.header("X-Frame-Options")).as(path).isEqualTo("DENY");
        assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
        assertThat(response.header("Content-Security-Policy")).as(path)
            .contains("default-src 'none'", "frame-ancestors 'none'", "connect-src 'self'", "base-uri 'none'")
            .doesNotContain("unsafe-inline", "unsafe-eval");
      }
    }
    String page = call("GET", "/", null).body();
    String policy = http.newCall(new Request.Builder().url("http://127.0.0.1:" + admin.port() + "/").build()).execute()
        .header("Content-Security-Policy");
    assertThat(policy).contains("script-src " + sha256(between(page, "<script>", "</script>")),
        "style-src " + sha256(between(page, "<style>", "</style>")));
  }

  @Test
  void theServerListensOnLoopbackUnlessTold() throws IOException {
    var outward = nonLoopbackAddress();
    start(ADMIN_TOKEN);
    assertThat(call("GET", "/health", null).code()).isEqualTo(200);
    org.junit.jupiter.api.Assumptions.assumeTrue(outward != null, "this machine has no non-loopback address");

    assertThat(reachable(outward, admin.port())).as("not reachable on " + outward).isFalse();
    admin.close();
    herald.close();
    dir = Files.createDirectories(dir.resolve("again")); // a fresh store, so one post goes out again
    start(ADMIN_TOKEN, "0.0.0.0");
    assertThat(reachable(outward, admin.port())).as("reachable on " + outward + " when admin.bind is 0.0.0.0").isTrue();
  }

  @Test
  void theCliTokenOpensTheApiEvenWhenTheAdminTokenIsBlank() throws IOException {
    start("", null, "cli-token-of-this-run-0123456789abcdef");

    assertThat(call("GET", "/api/status", "cli-token-of-this-run-0123456789abcdef").code()).isEqualTo(200);
    assertThat(call("GET", "/api/status", "").body()).contains("The admin API is closed");
    assertThat(call("GET", "/api/status", "cli-token-of-this-run-0123456789abcdeX").code()).isEqualTo(401);
  }

  @Test
  void anActionSaysWhetherThePostIsMissingOrInTheWrongState() throws IOException {
    start(ADMIN_TOKEN);
    long posted = herald.store().posts().recentWithArticles(null, java.util.Set.of(), 10).stream()
        .filter(v -> v.post().state() == dev.herald.store.PostState.POSTED).findFirst().orElseThrow().post().id();

    Reply missing = call("POST", "/api/posts/987654/retry", ADMIN_TOKEN);
    Reply wrongState = call("POST", "/api/posts/" + posted + "/retry", ADMIN_TOKEN);

    assertThat(missing.code()).isEqualTo(404);
    assertThat(wrongState.code()).isEqualTo(409);
    assertThat(wrongState.json().path("state").asText()).isEqualTo("posted");
    assertThat(call("GET", "/api/status?limit=2", ADMIN_TOKEN).json().path("posts")).hasSize(2);
  }

  private static String between(String text, String open, String close) {
    int start = text.indexOf(open) + open.length();
    return text.substring(start, text.indexOf(close, start));
  }

  private static String sha256(String text) {
    try {
      return "'sha256-" + java.util.Base64.getEncoder().encodeToString(
          java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))) + "'";
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static java.net.InetAddress nonLoopbackAddress() throws IOException {
    for (var nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
      if (!nic.isUp() || nic.isLoopback()) continue;
      for (var address : java.util.Collections.list(nic.getInetAddresses())) {
        if (address instanceof java.net.Inet4Address) return address;
      }
    }
    return null;
  }

  private static boolean reachable(java.net.InetAddress address, int port) {
    try (var socket = new java.net.Socket()) {
      socket.connect(new java.net.InetSocketAddress(address, port), 2000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private void start(String token) throws IOException {
    start(token, null, null);
  }

  private void start(String token, String bind) throws IOException {
    start(token, bind, null);
  }

  private void start(String token, String bind, String cliToken) throws IOException {
    Path config = dir.resolve("herald.yml");
    Files.writeString(config, """
        outlet:
          name: Jaano Junction
          url: https://www.jaanojunction.com
          timezone: Asia/Kolkata
        store:
          url: jdbc:h2:file:%s/data/herald
        admin:
          port: 0
          token: "%s"%s
        sources:
          - id: demo
            url: %s
            every: 1m
            backfill: 5
            extract: false
        channels:
          - id: preview
            type: preview
            dir: %s/out/
            minSpacing: 10m
            maxAge: 3650d
          - id: telegram-main
            type: telegram
            enabled: false
            botToken: "%s"
            chatId: "@jaanojunction"
        """.formatted(dir, token, bind == null ? "" : "\n  bind: " + bind, Path.of("config/demo/feed.xml").toAbsolutePath(), dir, TELEGRAM_TOKEN),
        StandardCharsets.UTF_8);
    HeraldConfig cfg = ConfigLoader.load(config, Map.of()).config().orElseThrow();
    var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    herald = Herald.start(cfg, Clock.systemUTC(), registry);
    cfg.enabledSources().forEach(source -> herald.poller().poll(source));
    assertThat(herald.publisher().publishDue("preview", false).posted()).isEqualTo(1);
    admin = AdminServer.start(cfg, herald, registry, cliToken);
    assertThat(admin.port()).isPositive();
  }

  private String state(long id) throws IOException {
    JsonNode posts = call("GET", "/api/status", ADMIN_TOKEN).json().path("posts");
    return StreamSupport.stream(posts.spliterator(), false).filter(p -> p.path("id").asLong() == id)
        .map(p -> p.path("state").asText()).findFirst().orElseThrow();
  }

  record Reply(int code, String body) {
    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }
  }

  private Reply call(String method, String path, String token) throws IOException {
    return call(method, path, token, null);
  }

  private Reply call(String method, String path, String token, String accept) throws IOException {
    var request = new Request.Builder().url("http://127.0.0.1:" + admin.port() + path)
        .method(method, method.equals("POST") ? RequestBody.create(new byte[0]) : null);
    if (token != null) request.header("Authorization", "Bearer " + token);
    if (accept != null) request.header("Accept", accept);
    try (var response = http.newCall(request.build()).execute()) {
      return new Reply(response.code(), response.body().string());
    }
  }
}
