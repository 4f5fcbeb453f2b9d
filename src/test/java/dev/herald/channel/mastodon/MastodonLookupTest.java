package dev.herald.channel.mastodon;

import static dev.herald.channel.mastodon.MastodonFixtures.config;
import static dev.herald.channel.mastodon.MastodonFixtures.json;
import static dev.herald.channel.mastodon.MastodonFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.channel.Channel;
import dev.herald.channel.ChannelContext;
import dev.herald.channel.Lookup;
import dev.herald.channel.PublishException;
import dev.herald.channel.PublishException.Kind;
import dev.herald.channel.Receipt;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Finding a post whose answer was lost among the account's statuses, and refusing another post's status. */
class MastodonLookupTest {

  private static final Instant NOW = Instant.parse("2026-11-27T21:00:00Z");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final MockWebServer server = new MockWebServer();
  private Channel channel;

  @BeforeEach
  void start() throws Exception {
    server.start();
    var settings = Map.of("apiBaseUrl", server.url("/").toString(), "accessToken", "mastodon-secret-token-123");
    var http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(5)).build();
    channel = new MastodonProvider(new MediaWait(1, Duration.ZERO, d -> {})).create(config(settings),
        new ChannelContext(http, Clock.fixed(NOW, ZoneOffset.UTC), null));
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private static MockResponse answer(int code, String body) {
    return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json").setBody(body);
  }

  private static ObjectNode status(String id, String html, Instant createdAt) throws Exception {
    var status = (ObjectNode) JSON.readTree(json("status-created.json"));
    return status.put("id", id).put("url", "https://mastodon.social/@jaanojunction/" + id)
        .put("content", html).put("created_at", createdAt.toString());
  }

  private static ObjectNode ours(Instant createdAt) throws Exception {
    return (ObjectNode) ((ObjectNode) JSON.readTree(json("status-created.json"))).put("created_at", createdAt.toString());
  }

  private static ArrayNode others(int count, Instant newest) throws Exception {
    ArrayNode list = JSON.createArrayNode();
    for (int i = 0; i < count; i++) {
      list.add(status(Long.toString(113559000000000000L + i), "<p>Another story " + i + "</p>", newest.minus(Duration.ofMinutes(i))));
    }
    return list;
  }

  private void accountThenStatuses(ArrayNode statuses) {
    server.enqueue(answer(200, json("verify-credentials.json")));
    server.enqueue(answer(200, statuses.toString()));
  }

  @Test
  void aStatusCarryingThePostsLinkIsFoundWithItsUrl() throws Exception {
    ArrayNode statuses = others(3, NOW);
    statuses.insert(1, ours(NOW.minusSeconds(90)));
    accountThenStatuses(statuses);

    Lookup found = channel.lookup(post(null), NOW.minusSeconds(100));

    assertThat(found.outcome()).isEqualTo(Lookup.Outcome.FOUND);
    assertThat(found.receipt()).isEqualTo(new Receipt("113559482957270123", "https://mastodon.social/@jaanojunction/113559482957270123"));
    assertThat(server.takeRequest().getPath()).isEqualTo("/api/v1/accounts/verify_credentials");
    assertThat(server.takeRequest().getPath()).startsWith("/api/v1/accounts/").contains("/statuses?limit=40");
  }

  @Test
  void notAmongStatusesThatReachBackBeforeTheSendIsAbsent() throws Exception {
    accountThenStatuses(others(5, NOW));

    Lookup absent = channel.lookup(post(null), NOW.minus(Duration.ofHours(3)));

    assertThat(absent.outcome()).isEqualTo(Lookup.Outcome.ABSENT);
    assertThat(absent.detail()).contains("reach back before the first send");
  }

  @Test
  void notAmongAFullPageOfNewerStatusesIsAbsentOnlyInsideTheKeysWindow() throws Exception {
    accountThenStatuses(others(40, NOW));
    server.enqueue(answer(200, others(40, NOW).toString()));

    Lookup recent = channel.lookup(post(null), NOW.minus(Duration.ofMinutes(45)));
    Lookup old = channel.lookup(post(null), NOW.minus(Duration.ofHours(2)));

    assertThat(recent.outcome()).isEqualTo(Lookup.Outcome.ABSENT);
    assertThat(recent.detail()).contains("Idempotency-Key");
    assertThat(old.outcome()).as("40 statuses in 40 minutes do not reach back two hours").isEqualTo(Lookup.Outcome.UNKNOWN);
    assertThat(server.getRequestCount()).as("the account id is asked once").isEqualTo(3);
  }

  @Test
  void anInstanceThatCannotAnswerThrowsRetryable() {
    server.enqueue(answer(200, json("verify-credentials.json")));
    server.enqueue(answer(503, "{\"error\":\"Service Unavailable\"}"));

    var error = catchThrowableOfType(PublishException.class, () -> channel.lookup(post(null), NOW));

    assertThat(error.kind()).isEqualTo(Kind.RETRYABLE);
  }

  @Test
  void anotherPostsStatusAnsweredForTheKeyFailsThePostNamingIt() throws Exception {
    var foreign = status("113000000000000007", "<p>Sensex crosses 80,000 <a href=\"https://www.jaanojunction.com/sensex\">"
        + "jaanojunction.com/sensex</a></p>", NOW.minus(Duration.ofMinutes(30)));
    server.enqueue(answer(200, foreign.toString()));

    var error = catchThrowableOfType(PublishException.class, () -> channel.publish(post(null)));

    assertThat(error.kind()).isEqualTo(Kind.PERMANENT);
    assertThat(error).hasMessageContaining("https://mastodon.social/@jaanojunction/113000000000000007")
        .hasMessageContaining("Sensex crosses");
  }
}
