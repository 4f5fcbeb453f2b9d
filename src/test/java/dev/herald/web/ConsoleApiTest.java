package dev.herald.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.config.ConfigLoader;
import dev.herald.config.HeraldConfig;
import dev.herald.fake.FakeWorld;
import dev.herald.pipeline.Herald;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.stream.StreamSupport;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The console's JSON: the queue as it will go out, live counting, composing by hand, the "why" trail and history by article. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleApiTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  FakeWorld world;
  Herald herald;
  AdminServer admin;
  final OkHttpClient http = new OkHttpClient();

  @BeforeAll
  void setUp() {
    world = new FakeWorld(dir);
    Path file = world.config("  port: 0\n  token: " + FakeWorld.ADMIN_TOKEN + "\n",
        Map.of("x-main", "    minSpacing: 10m\n", "mastodon-main", "    approval: required\n"));
    HeraldConfig config = ConfigLoader.load(file, Map.of()).config().orElseThrow();
    var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    herald = Herald.start(config, Clock.systemUTC(), registry);
    config.enabledSources().forEach(herald.poller()::poll);
    admin = AdminServer.start(config, herald, registry, null);
  }

  @AfterAll
  void tearDown() throws IOException {
    if (admin != null) admin.close();
    if (herald != null) herald.close();
    world.close();
  }

  @Test
  void theQueueShowsEachPostAsItWillGoOutWithItsCountedLengthCardAndSlot() throws IOException {
    JsonNode queue = get("/api/queue");

    assertThat(queue.path("timezone").asText()).isEqualTo("Asia/Kolkata");
    JsonNode x = channel(queue, "x-main");
    assertThat(x.path("limit").asInt()).isEqualTo(280);
    assertThat(x.path("posts")).hasSize(2);
    JsonNode first = x.path("posts").get(0);
    JsonNode second = x.path("posts").get(1);
    assertThat(first.path("length").asInt()).isPositive().isLessThanOrEqualTo(280);
    assertThat(first.path("text").asText()).isNotBlank();
    assertThat(java.time.Instant.parse(second.path("slot").asText()))
        .as("the second post waits the channel's 10-minute spacing")
        .isAfterOrEqualTo(java.time.Instant.parse(first.path("slot").asText()).plusSeconds(600));
    assertThat(channel(queue, "mastodon-main").path("posts")).allSatisfy(p -> assertThat(p.path("state").asText()).isEqualTo("awaiting_approval"));
    try (var card = http.newCall(authed(first.path("card").asText()).build()).execute()) {
      assertThat(card.code()).isEqualTo(200);
      assertThat(card.header("Content-Type")).startsWith("image/");
    }
  }

  @Test
  void countingUsesThePlatformsOwnRules() throws IOException {
    JsonNode x = post("/api/count", Map.of("channel", "x-main", "text", "世".repeat(141)));
    JsonNode bluesky = post("/api/count", Map.of("channel", "bluesky-main", "text", FakeWorld.HINDI_HEADLINE));

    assertThat(x.path("length").asInt()).isEqualTo(282);
    assertThat(x.path("fits").asBoolean()).isFalse();
    assertThat(bluesky.path("limit").asInt()).isEqualTo(300);
    assertThat(bluesky.path("length").asInt()).isLessThan(FakeWorld.HINDI_HEADLINE.length());
  }

  @Test
  void aStoryComposedByHandIsDraftedForEveryChannelAndQueuedOnTheChosenOnes() throws IOException {
    var item = world.breakingNews("monsoon-arrives", "Monsoon reaches Kerala three days early");
    String url = world.outlet.articleUrl(item);

    JsonNode draft = post("/api/compose/draft", Map.of("url", url));
    assertThat(draft.path("headline").asText()).isEqualTo("Monsoon reaches Kerala three days early");
    assertThat(draft.path("channels").findValuesAsText("id")).containsExactly("x-main", "telegram-main", "mastodon-main", "bluesky-main");
    assertThat(draft.path("channels").get(0).path("card").asText()).startsWith("data:image/");
    assertThat(draft.path("channels").get(0).path("text").asText()).contains("Monsoon");

    JsonNode composed = post("/api/compose", Map.of("url", url, "channels", java.util.List.of("telegram-main")));
    assertThat(composed.path("channels").path("telegram-main").path("done").asBoolean()).isTrue();
    long id = composed.path("channels").path("telegram-main").path("id").asLong();
    assertThat(herald.store().posts().find(id).orElseThrow().state().dbName()).isEqualTo("queued");
    assertThat(herald.store().audit().forPost(id)).singleElement().satisfies(a -> assertThat(a.action()).isEqualTo("compose"));

    JsonNode why = get("/api/why?url=" + URLEncoder.encode(url + "?utm_source=x", StandardCharsets.UTF_8));
    assertThat(why.path("seen").asBoolean()).isTrue();
    assertThat(channel(why, "telegram-main").path("state").asText()).isEqualTo("queued");
    assertThat(channel(why, "x-main").path("note").asText()).startsWith("no post");
  }

  @Test
  void theWhyTrailOfAnUnknownUrlSaysHeraldNeverSawIt() throws IOException {
    JsonNode why = get("/api/why?url=" + URLEncoder.encode("https://www.jaanojunction.com/news/never-listed", StandardCharsets.UTF_8));

    assertThat(why.path("seen").asBoolean()).isFalse();
    assertThat(why.path("summary").asText()).startsWith("Herald never saw this article");
    assertThat(why.path("sources").findValuesAsText("id")).containsExactly("main");
  }

  @Test
  void theWhyTrailAsksTheSourcesWhetherTheyListAStoryHeraldHasNotStored() throws IOException {
    var item = world.breakingNews("late-story", "A story published after the last poll");

    JsonNode why = get("/api/why?url=" + URLEncoder.encode(world.outlet.articleUrl(item), StandardCharsets.UTF_8));

    assertThat(why.path("seen").asBoolean()).isFalse();
    assertThat(why.path("summary").asText()).startsWith("Source main lists it now");
    assertThat(why.path("sightings").get(0).path("listed").asBoolean()).isTrue();
  }

  @Test
  void historyIsGroupedByArticleWithAChipPerChannelAndFilters() throws IOException {
    JsonNode all = get("/api/history");
    JsonNode hindi = get("/api/history?q=" + URLEncoder.encode("वायु", StandardCharsets.UTF_8));
    JsonNode awaiting = get("/api/history?state=awaiting_approval");

    assertThat(all.path("articles").size()).isGreaterThanOrEqualTo(2);
    assertThat(hindi.path("articles")).singleElement().satisfies(a -> {
      assertThat(a.path("headline").asText()).isEqualTo(FakeWorld.HINDI_HEADLINE);
      assertThat(a.path("posts").findValuesAsText("channel")).contains("x-main", "telegram-main", "mastodon-main", "bluesky-main");
    });
    assertThat(awaiting.path("articles")).allSatisfy(a -> assertThat(a.path("posts").findValuesAsText("state")).containsOnly("awaiting_approval"));
  }

  private static JsonNode channel(JsonNode body, String id) {
    return StreamSupport.stream(body.path("channels").spliterator(), false)
        .filter(c -> id.equals(c.path("id").asText(c.path("channel").asText()))).findFirst().orElseThrow();
  }

  private Request.Builder authed(String path) {
    return new Request.Builder().url("http://127.0.0.1:" + admin.port() + path).header("Authorization", "Bearer " + FakeWorld.ADMIN_TOKEN);
  }

  private JsonNode get(String path) throws IOException {
    try (var response = http.newCall(authed(path).build()).execute()) {
      return JSON.readTree(response.body().string());
    }
  }

  private JsonNode post(String path, Map<String, Object> body) throws IOException {
    var request = authed(path).post(RequestBody.create(JSON.writeValueAsString(body), MediaType.get("application/json")));
    try (var response = http.newCall(request.build()).execute()) {
      return JSON.readTree(response.body().string());
    }
  }
}
