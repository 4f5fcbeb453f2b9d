package dev.herald.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.fake.DeliveryFakes;
import dev.herald.fake.FakeOutlet;
import dev.herald.pipeline.Herald;
import dev.herald.pipeline.PipelineWork;
import dev.herald.schedule.QuartzDaemon;
import dev.herald.store.PostState;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/articles} on a running daemon (Quartz publish jobs, admin server on port 0) with the
 * outlet and the platforms as fakes: a pushed story is posted on every channel without waiting for a
 * poll, and the poll that later lists it posts nothing.
 */
class PushRouteTest {

  static final String ADMIN_TOKEN = "adm-token-SECRET-0f9e8d7c";
  static final String INGEST_TOKEN = "cms-push-SECRET-77aa66bb55";
  static final List<String> CHANNELS = List.of("mastodon-main", "telegram-main");
  static final ObjectMapper JSON = new ObjectMapper();
  static final MediaType APPLICATION_JSON = MediaType.get("application/json");

  @TempDir Path dir;
  final DeliveryFakes world = new DeliveryFakes();
  final OkHttpClient http = new OkHttpClient();
  Herald herald;
  QuartzDaemon daemon;
  AdminServer admin;

  @AfterEach
  void tearDown() throws IOException {
    if (admin != null) admin.close();
    if (daemon != null) daemon.close();
    if (herald != null) herald.close();
    world.close();
  }

  private void start() {
    var config = world.config(dir, """
        admin:
          port: 0
          token: %s
        ingest:
          token: %s
        """.formatted(ADMIN_TOKEN, INGEST_TOKEN), List.of("publishEvery: 1h"), List.of("minSpacing: 0s"),
        CHANNELS.toArray(String[]::new));
    var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    herald = Herald.start(config, Clock.systemUTC(), registry);
    daemon = new QuartzDaemon(herald.database().dataSource(), false, config.scheduler(), new PipelineWork(herald));
    // No poll job: the feed is read by hand below, after the push. Publishing waits an hour unless nudged.
    daemon.start(Map.of(), new LinkedHashSet<>(CHANNELS), config.scheduler().publishEvery(), false);
    herald.ingest().onQueued(daemon::publishNow);
    admin = AdminServer.start(config, herald, registry);
  }

  private FakeOutlet.Item story(String slug, String title) {
    var item = new FakeOutlet.Item(slug, title, "What happened.", title + ".\n\nMore follows.", "India", Instant.now());
    world.outlet.publish(item);
    return item;
  }

  @Test
  void aPushedStoryIsPostedOnEveryChannelAndALaterPollPostsNothing() throws IOException {
    start();
    var item = story("quake", "भूकंप के झटके दिल्ली तक महसूस किए गए");

    Reply reply = post("{\"url\": \"" + world.outlet.articleUrl(item) + "?utm_source=cms\", \"section\": \"India\"}", INGEST_TOKEN);

    assertThat(reply.code()).isEqualTo(202);
    long id = reply.json().path("id").asLong();
    assertThat(herald.store().articles().find(id).orElseThrow().article().title())
        .as("read from the page").isEqualTo("भूकंप के झटके दिल्ली तक महसूस किए गए");
    await().atMost(Duration.ofSeconds(30)).until(() -> posted() == CHANNELS.size());
    assertThat(world.mastodon.statuses()).anySatisfy(s -> assertThat(s).contains("भूकंप के झटके"));

    var poll = herald.poller().poll(herald.config().source("main").orElseThrow());
    assertThat(poll.ok()).isTrue();
    assertThat(poll.queued()).isZero();
    Reply again = post("{\"url\": \"" + world.outlet.articleUrl(item) + "\"}", INGEST_TOKEN);
    assertThat(again.code()).isEqualTo(200);
    assertThat(again.json().path("id").asLong()).isEqualTo(id);
    assertThat(posted()).isEqualTo(CHANNELS.size());
  }

  @Test
  void aWordPressFormWithPostUrlIsTakenAndItsFieldsWin() throws IOException {
    start();
    var item = story("budget", "Budget 2026: what changes");

    Reply reply = call(new FormBody.Builder().add("post_url", world.outlet.articleUrl(item))
        .add("post_title", "बजट 2026: क्या बदला").add("post_excerpt", "Taxes, rail and farms.").build(), INGEST_TOKEN);

    assertThat(reply.code()).isEqualTo(202);
    var article = herald.store().articles().find(reply.json().path("id").asLong()).orElseThrow().article();
    assertThat(article.title()).isEqualTo("बजट 2026: क्या बदला");
    assertThat(article.description()).isEqualTo("Taxes, rail and farms.");
    assertThat(article.body()).as("the rest read from the page").contains("More follows.");
  }

  @Test
  void onlyTheIngestTokenOpensThePushAndItOpensNothingElse() throws IOException {
    start();
    var item = story("rain", "Rain in Mumbai");
    String body = "{\"url\": \"" + world.outlet.articleUrl(item) + "\"}";

    assertThat(post(body, null).code()).isEqualTo(401);
    Reply withAdmin = post(body, ADMIN_TOKEN);
    assertThat(withAdmin.code()).isEqualTo(401);
    assertThat(withAdmin.body()).contains("wrong ingest token").doesNotContain(ADMIN_TOKEN).doesNotContain(INGEST_TOKEN);
    var status = http.newCall(new Request.Builder().url(base() + "/api/status")
        .header("Authorization", "Bearer " + INGEST_TOKEN).build()).execute();
    try (status) {
      assertThat(status.code()).isEqualTo(401);
    }
    assertThat(herald.store().articles().idOf(world.outlet.articleUrl(item))).isEmpty();
  }

  @Test
  void badInputIs400NamingTheFieldAndUnknownNamesAre422() throws IOException {
    start();
    var item = story("vote", "Counting begins");
    String url = world.outlet.articleUrl(item);

    assertField(post("{\"title\": \"no url\"}", INGEST_TOKEN), 400, "url");
    assertField(post("{\"url\": \"ftp://example.com/x\"}", INGEST_TOKEN), 400, "url");
    assertField(post("{\"url\": \"" + url + "\", \"priority\": \"urgent\"}", INGEST_TOKEN), 400, "priority");
    assertField(post("{\"url\": \"" + url + "\", \"tags\": [1, 2]}", INGEST_TOKEN), 400, "tags");
    assertField(post("{\"url\": ", INGEST_TOKEN), 400, "body");
    assertField(post("{\"url\": \"" + url + "\", \"source\": \"nope\"}", INGEST_TOKEN), 422, "source");
    assertField(post("{\"url\": \"" + url + "\", \"channels\": [\"x-main\"]}", INGEST_TOKEN), 422, "channels");
    assertThat(herald.store().articles().idOf(url)).as("nothing stored on a refusal").isEmpty();

    Reply onlyTelegram = post("{\"url\": \"" + url + "\", \"channels\": [\"telegram-main\"], \"priority\": true}", INGEST_TOKEN);
    assertThat(onlyTelegram.code()).isEqualTo(202);
    assertThat(herald.store().posts().counts("mastodon-main").values()).containsOnly(0);
  }

  private static void assertField(Reply reply, int code, String field) throws IOException {
    assertThat(reply.code()).as(reply.body()).isEqualTo(code);
    assertThat(reply.json().path("field").asText()).isEqualTo(field);
    assertThat(reply.json().path("error").asText()).startsWith(field + ": ");
  }

  private int posted() {
    return herald.store().posts().counts(null).getOrDefault(PostState.POSTED, 0);
  }

  private String base() {
    return "http://127.0.0.1:" + admin.port();
  }

  private Reply post(String json, String token) throws IOException {
    return call(RequestBody.create(json, APPLICATION_JSON), token);
  }

  private Reply call(RequestBody body, String token) throws IOException {
    var request = new Request.Builder().url(base() + "/api/articles").post(body);
    if (token != null) request.header("Authorization", "Bearer " + token);
    try (var response = http.newCall(request.build()).execute()) {
      return new Reply(response.code(), response.body().string());
    }
  }

  record Reply(int code, String body) {
    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }
  }
}
