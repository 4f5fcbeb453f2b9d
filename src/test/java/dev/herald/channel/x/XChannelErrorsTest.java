package dev.herald.channel.x;

import static dev.herald.channel.x.XFakes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.herald.channel.Channel;
import dev.herald.channel.PublishException;
import dev.herald.channel.PublishException.Kind;
import java.time.Duration;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XChannelErrorsTest {

  private MockWebServer server;
  private Channel channel;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    channel = new XChannelProvider().create(config(server, Map.of()), context());
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private PublishException tweetFails(MockResponse answer) {
    server.enqueue(answer);
    return catchThrowableOfType(PublishException.class, () -> channel.publish(post("Monsoon reaches Kerala", null)));
  }

  private PublishException uploadFails(MockResponse answer) {
    server.enqueue(answer);
    return catchThrowableOfType(PublishException.class, () -> channel.publish(post("Monsoon", card("alt"))));
  }

  private static MockResponse rateLimited() {
    return json(429, "error-429-too-many.json")
        .setHeader("x-rate-limit-limit", "100")
        .setHeader("x-rate-limit-remaining", "0")
        .setHeader("x-rate-limit-reset", Long.toString(NOW.getEpochSecond() + 420));
  }

  @Test
  void unauthorizedTweetPausesTheChannel() {
    var e = tweetFails(json(401, "error-401-unauthorized.json"));
    assertThat(e.kind()).isEqualTo(Kind.AUTH);
    assertThat(e.getMessage()).contains("401").contains("Unauthorized");
  }

  @Test
  void duplicateContentIsPermanentAndNeverRetried() {
    var e = tweetFails(json(403, "error-403-duplicate.json"));
    assertThat(e.kind()).isEqualTo(Kind.PERMANENT);
    assertThat(e.getMessage()).contains("duplicate content");
  }

  @Test
  void appNotPermittedIsAnAuthProblem() {
    var e = tweetFails(json(403, "error-403-client-forbidden.json"));
    assertThat(e.kind()).isEqualTo(Kind.AUTH);
    assertThat(e.getMessage()).contains("attached to a Project");
  }

  @Test
  void rateLimitedTweetWaitsUntilTheResetTimeByTheClock() {
    var e = tweetFails(rateLimited());
    assertThat(e.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(420));
  }

  @Test
  void rateLimitedTweetWithOnlyTheResetHeaderStillWaitsUntilReset() {
    var e = tweetFails(json(429, "error-429-too-many.json")
        .setHeader("x-rate-limit-reset", Long.toString(NOW.getEpochSecond() + 60)));
    assertThat(e.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(60));
  }

  @Test
  void rateLimitedTweetWithoutHintsIsRetryableWithoutAWait() {
    var e = tweetFails(json(429, "error-429-too-many.json"));
    assertThat(e.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(e.retryAfter()).isEmpty();
  }

  @Test
  void rateLimitedUploadWaitsUntilTheResetTimeByTheClock() {
    var e = uploadFails(rateLimited());
    assertThat(e.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(420));
  }

  @Test
  void badRequestIsPermanentWithXsOwnMessage() {
    var e = tweetFails(json(400, "error-400-invalid.json"));
    assertThat(e.kind()).isEqualTo(Kind.PERMANENT);
    assertThat(e.getMessage()).contains("Your media IDs are invalid.");
  }

  @Test
  void badRequestOnUploadIsPermanentWithXsOwnMessage() {
    var e = uploadFails(json(400, "error-400-invalid.json"));
    assertThat(e.kind()).isEqualTo(Kind.PERMANENT);
    assertThat(e.getMessage()).contains("Your media IDs are invalid.");
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503})
  void serverErrorsAreRetryable(int status) {
    assertThat(tweetFails(json(status, "error-503-unavailable.json")).kind()).isEqualTo(Kind.RETRYABLE);
  }

  @Test
  void serverErrorOnUploadIsRetryableAndNoTweetIsSent() {
    var e = uploadFails(json(503, "error-503-unavailable.json"));
    assertThat(e.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void unauthorizedUploadPausesTheChannel() {
    assertThat(uploadFails(json(401, "error-401-unauthorized.json")).kind()).isEqualTo(Kind.AUTH);
  }

  @Test
  void droppedConnectionAfterTheTweetWentOutIsInDoubtAndNotSilentlyResent() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    var e = tweetFails(json(201, "tweet-created.json"));
    assertThat(e.kind()).isEqualTo(Kind.IN_DOUBT);
    assertThat(e.getMessage()).contains("may have gone out");
    assertThat(server.getRequestCount()).as("the HTTP stack must not re-send the tweet on its own").isEqualTo(1);
  }

  @Test
  void droppedConnectionOnUploadIsRetryable() {
    var e = uploadFails(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    assertThat(e.kind()).isEqualTo(Kind.RETRYABLE);
  }

  @Test
  void unreadableSuccessIsInDoubtBecauseTheTweetMayBeOut() {
    var e = tweetFails(json(201, "tweet-created-truncated.json"));
    assertThat(e.kind()).isEqualTo(Kind.IN_DOUBT);
    assertThat(e.getMessage()).contains("may have gone out");
  }

  @Test
  void unreadableUploadAnswerIsRetriedLaterWithoutTweeting() {
    var e = uploadFails(new MockResponse().setResponseCode(200).setBody("<html>oops</html>"));
    assertThat(e.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void htmlErrorPageFromAProxyIsRetryable() {
    var e = tweetFails(new MockResponse().setResponseCode(502).setBody("<html><body>502 Bad Gateway</body></html>"));
    assertThat(e.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(e.getMessage()).contains("502");
  }

  @Test
  void errorMessagesNeverCarryCredentials() {
    var e = tweetFails(json(401, "error-401-unauthorized.json"));
    assertThat(e.getMessage()).doesNotContain(API_SECRET).doesNotContain(ACCESS_SECRET)
        .doesNotContain(API_KEY).doesNotContain(ACCESS_TOKEN);
  }

  @Test
  void emptyTextIsRefusedWithoutCallingX() {
    var e = catchThrowableOfType(PublishException.class, () -> channel.publish(post(" \n---\n ", null)));
    assertThat(e.kind()).isEqualTo(Kind.PERMANENT);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void credentialsNeverReachTheLogs() throws Exception {
    var root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    var previous = root.getLevel();
    var appender = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
    appender.start();
    root.addAppender(appender);
    root.setLevel(ch.qos.logback.classic.Level.ALL);
    try {
      var threaded = new XChannelProvider().create(config(server, Map.of("thread", "true")), context());
      server.enqueue(json(201, "tweet-created.json"));
      server.enqueue(json(401, "error-401-unauthorized.json"));
      threaded.publish(post("Head\n---\nTail", null));
      tweetFails(json(401, "error-401-unauthorized.json"));

      assertThat(appender.list).isNotEmpty();
      for (var event : appender.list)
        assertThat(event.getFormattedMessage()).doesNotContain(API_SECRET).doesNotContain(ACCESS_SECRET)
            .doesNotContain(ACCESS_TOKEN).doesNotContain(API_KEY);
    } finally {
      root.detachAppender(appender);
      root.setLevel(previous);
    }
  }
}
