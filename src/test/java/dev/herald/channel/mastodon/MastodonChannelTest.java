package dev.herald.channel.mastodon;

import static dev.herald.channel.mastodon.MastodonFixtures.card;
import static dev.herald.channel.mastodon.MastodonFixtures.config;
import static dev.herald.channel.mastodon.MastodonFixtures.json;
import static dev.herald.channel.mastodon.MastodonFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.herald.channel.Channel;
import dev.herald.channel.ChannelContext;
import dev.herald.channel.PublishException;
import dev.herald.channel.PublishException.Kind;
import dev.herald.channel.Receipt;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MastodonChannelTest {

  private static final String TOKEN = "mastodon-secret-token-123";
  private static final Instant NOW = Instant.parse("2026-11-27T21:00:00Z");

  private final MockWebServer server = new MockWebServer();
  private final List<Duration> pauses = new ArrayList<>();
  private Channel channel;

  @BeforeEach
  void start() throws Exception {
    server.start();
    channel = channel(Map.of());
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private Channel channel(Map<String, String> extra) {
    var settings = new java.util.HashMap<>(Map.of("apiBaseUrl", server.url("/").toString(), "accessToken", TOKEN));
    settings.putAll(extra);
    var http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(5)).build();
    var wait = new MediaWait(3, Duration.ofSeconds(2), pauses::add);
    return new MastodonProvider(wait).create(config(settings),
        new ChannelContext(http, Clock.fixed(NOW, ZoneOffset.UTC), null));
  }

  private static MockResponse ok(int code, String fixture) {
    return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json").setBody(json(fixture));
  }

  private static Map<String, String> form(RecordedRequest request) {
    var fields = new java.util.LinkedHashMap<String, String>();
    for (String pair : request.getBody().readUtf8().split("&")) {
      String[] kv = pair.split("=", 2);
      fields.merge(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8), (a, b) -> a + "," + b);
    }
    return fields;
  }

  @Test
  void publishesCardWithAltTextThenStatusWithIdempotencyKey() throws Exception {
    server.enqueue(ok(200, "media-uploaded.json"));
    server.enqueue(ok(200, "status-created.json"));

    Receipt receipt = channel.publish(post(card()));

    assertThat(receipt).isEqualTo(new Receipt("113559482957270123", "https://mastodon.social/@jaanojunction/113559482957270123"));
    RecordedRequest upload = server.takeRequest();
    assertThat(upload.getPath()).isEqualTo("/api/v2/media");
    assertThat(upload.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    String multipart = upload.getBody().readUtf8();
    assertThat(multipart).contains("name=\"file\"; filename=\"card.jpg\"", "Content-Type: image/jpeg",
        "name=\"description\"", "Headline card: संसद में बजट पेश");
    RecordedRequest status = server.takeRequest();
    assertThat(status.getPath()).isEqualTo("/api/v1/statuses");
    assertThat(status.getHeader("Idempotency-Key")).isEqualTo("herald-42-abc");
    assertThat(form(status)).containsEntry("status", post(null).text()).containsEntry("media_ids[]", "22348641")
        .containsEntry("language", "hi").containsEntry("visibility", "public");
    assertThat(channel.idempotent()).isTrue();
  }

  @Test
  void waitsForMediaProcessingBeforePostingTheStatus() throws Exception {
    server.enqueue(ok(202, "media-processing.json"));
    server.enqueue(ok(206, "media-processing.json"));
    server.enqueue(ok(200, "media-uploaded.json"));
    server.enqueue(ok(200, "status-created.json"));

    channel.publish(post(card()));

    assertThat(server.takeRequest().getPath()).isEqualTo("/api/v2/media");
    assertThat(server.takeRequest().getPath()).isEqualTo("/api/v1/media/22348641");
    assertThat(server.takeRequest().getPath()).isEqualTo("/api/v1/media/22348641");
    assertThat(server.takeRequest().getPath()).isEqualTo("/api/v1/statuses");
    assertThat(pauses).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
  }

  @Test
  void mediaThatNeverFinishesProcessingIsRetryableAndPostsNothing() throws Exception {
    server.enqueue(ok(202, "media-processing.json"));
    for (int i = 0; i < 3; i++) server.enqueue(ok(206, "media-processing.json"));

    var error = catchThrowableOfType(PublishException.class, () -> channel.publish(post(card())));

    assertThat(error.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(error).hasMessageContaining("still processing media 22348641");
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(pauses).hasSize(3);
  }

  @Test
  void postWithoutCardSendsOnlyTheStatusInTheConfiguredVisibility() throws Exception {
    channel = channel(Map.of("visibility", "unlisted"));
    server.enqueue(ok(200, "status-created.json"));

    channel.publish(post(null));

    RecordedRequest status = server.takeRequest();
    assertThat(status.getPath()).isEqualTo("/api/v1/statuses");
    assertThat(form(status)).containsEntry("visibility", "unlisted").doesNotContainKey("media_ids[]");
  }

  @Test
  void revokedTokenIsAnAuthError() {
    server.enqueue(ok(401, "error-token-revoked.json"));

    var error = catchThrowableOfType(PublishException.class, () -> channel.publish(post(null)));

    assertThat(error.kind()).isEqualTo(Kind.AUTH);
    assertThat(error).hasMessageContaining("The access token was revoked");
  }

  @Test
  void forbiddenIsAnAuthError() {
    server.enqueue(new MockResponse().setResponseCode(403).setBody("{\"error\":\"This action is not allowed\"}"));

    assertThat(catchThrowableOfType(PublishException.class, () -> channel.publish(post(null))).kind()).isEqualTo(Kind.AUTH);
  }

  @Test
  void validationFailureIsPermanentWithMastodonsOwnWords() {
    server.enqueue(ok(422, "error-too-long.json"));

    var error = catchThrowableOfType(PublishException.class, () -> channel.publish(post(null)));

    assertThat(error.kind()).isEqualTo(Kind.PERMANENT);
    assertThat(error).hasMessageContaining("Validation failed: Text character limit of 500 exceeded");
  }

  @Test
  void rateLimitIsRetryableAfterTheResetTimestamp() {
    server.enqueue(ok(429, "error-rate-limited.json").setHeader("X-RateLimit-Reset", "2026-11-27T21:01:30.000Z")
        .setHeader("X-RateLimit-Remaining", "0"));

    var error = catchThrowableOfType(PublishException.class, () -> channel.publish(post(null)));

    assertThat(error.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(error.retryAfter()).contains(Duration.ofSeconds(90));
  }

  @Test
  void serverErrorIsRetryable() {
    server.enqueue(new MockResponse().setResponseCode(503).setBody("<html>Service Unavailable</html>"));

    var error = catchThrowableOfType(PublishException.class, () -> channel.publish(post(null)));

    assertThat(error.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(error.retryAfter()).isEmpty();
  }

  @Test
  void droppedConnectionIsRetryable() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));

    assertThat(catchThrowableOfType(PublishException.class, () -> channel.publish(post(null))).kind()).isEqualTo(Kind.RETRYABLE);
  }

  @Test
  void malformedJsonIsRetryable() {
    server.enqueue(new MockResponse().setResponseCode(200).setBody("{\"id\": \"1\", \"url\": "));

    var error = catchThrowableOfType(PublishException.class, () -> channel.publish(post(null)));

    assertThat(error.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(error).hasMessageContaining("malformed JSON");
  }

  @Test
  void tokenEchoedByAProxyNeverReachesTheErrorMessage() {
    server.enqueue(new MockResponse().setResponseCode(400).setBody("bad header Authorization: Bearer " + TOKEN));

    var error = catchThrowableOfType(PublishException.class, () -> channel.publish(post(null)));

    assertThat(error.getMessage()).doesNotContain(TOKEN).contains("***");
  }

  @Test
  void verifyNamesTheAccountAndTheInstanceLimits() throws Exception {
    server.enqueue(ok(200, "verify-credentials.json"));
    server.enqueue(ok(200, "instance-v2.json"));

    String description = channel.verify();

    assertThat(description).isEqualTo("@jaanojunction on " + server.getHostName()
        + "; instance allows 500 characters, URLs count 23");
    assertThat(server.takeRequest(1, TimeUnit.SECONDS).getPath()).isEqualTo("/api/v1/accounts/verify_credentials");
    assertThat(server.takeRequest(1, TimeUnit.SECONDS).getPath()).isEqualTo("/api/v2/instance");
  }

  @Test
  void verifyRefusesAMaxCharactersOverrideAboveTheInstanceLimit() {
    channel = channel(Map.of("maxCharacters", "1000"));
    server.enqueue(ok(200, "verify-credentials.json"));
    server.enqueue(ok(200, "instance-v2.json"));

    var error = catchThrowableOfType(PublishException.class, () -> channel.verify());

    assertThat(error.kind()).isEqualTo(Kind.CONFIG);
    assertThat(error).hasMessageContaining("maxCharacters 1000").hasMessageContaining("(500)");
  }

  @Test
  void verifyFallsBackToTheV1InstanceApiOnOlderServers() throws Exception {
    server.enqueue(ok(200, "verify-credentials.json"));
    server.enqueue(new MockResponse().setResponseCode(404).setBody("{\"error\":\"Record not found\"}"));
    server.enqueue(new MockResponse().setResponseCode(200).setBody("{\"uri\":\"old.example\",\"max_toot_chars\":5000}"));

    assertThat(channel.verify()).endsWith("instance allows 5000 characters, URLs count 23");
  }

  @Test
  void overlongAltTextIsShortenedToWhatMastodonAccepts() {
    String alt = "क".repeat(2000);

    String sent = MastodonChannel.altText(alt);

    assertThat(sent.codePointCount(0, sent.length())).isEqualTo(1500);
    assertThat(sent).endsWith("…");
    assertThat(MastodonChannel.altText("short")).isEqualTo("short");
  }
}
