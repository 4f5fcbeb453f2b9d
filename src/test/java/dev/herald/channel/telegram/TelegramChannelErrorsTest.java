package dev.herald.channel.telegram;

import static dev.herald.channel.telegram.TelegramFakes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import dev.herald.channel.Channel;
import dev.herald.channel.PublishException;
import dev.herald.channel.PublishException.Kind;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

class TelegramChannelErrorsTest {

  private MockWebServer server;
  private Channel channel;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    channel = new TelegramChannelProvider().create(config(server, Map.of()), context());
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private PublishException photoFails(MockResponse answer) {
    server.enqueue(answer);
    return catchThrowableOfType(PublishException.class, () -> channel.publish(post("<b>Monsoon</b>", card())));
  }

  @Test
  void tooManyRequestsIsRetryableAfterTelegramsRetryAfter() {
    var e = photoFails(json(429, "error-429-retry-after.json"));
    assertThat(e.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
    assertThat(e.getMessage()).contains("Too Many Requests: retry after 7");
  }

  @ParameterizedTest
  @ValueSource(strings = {"error-403-bot-kicked.json", "error-403-not-a-member.json", "error-403-bot-blocked.json",
      "error-401-unauthorized.json"})
  void lostAccessPausesTheChannel(String fixture) {
    var e = photoFails(json(fixture.contains("401") ? 401 : 403, fixture));
    assertThat(e.kind()).isEqualTo(Kind.AUTH);
    assertThat(e.getMessage()).contains(fixture.contains("401") ? "Unauthorized" : "Forbidden: bot");
  }

  @Test
  void chatNotFoundIsAConfigurationProblem() {
    var e = photoFails(json(400, "error-400-chat-not-found.json"));
    assertThat(e.kind()).isEqualTo(Kind.CONFIG);
    assertThat(e.getMessage()).contains("chat not found");
  }

  @Test
  void otherBadRequestsArePermanentWithTelegramsWords() {
    var e = photoFails(json(400, "error-400-bad-html.json"));
    assertThat(e.kind()).isEqualTo(Kind.PERMANENT);
    assertThat(e.getMessage()).contains("can't parse entities");
  }

  @Test
  void serverErrorInBotApiShapeIsRetryable() {
    assertThat(photoFails(json(502, "error-502-bad-gateway.json")).kind()).isEqualTo(Kind.RETRYABLE);
  }

  @Test
  void htmlErrorPageFromAProxyIsRetryable() {
    var e = photoFails(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
        .setBody("<html><body><h1>502 Bad Gateway</h1></body></html>"));
    assertThat(e.kind()).isEqualTo(Kind.RETRYABLE);
  }

  @Test
  void droppedConnectionAfterTheRequestWentOutIsInDoubt() {
    var e = photoFails(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    assertThat(e.kind()).isEqualTo(Kind.IN_DOUBT);
    assertThat(e.getMessage()).contains("may have gone out");
  }

  @Test
  void aServerThatCannotBeReachedIsRetryable() throws Exception {
    var closed = new MockWebServer();
    closed.start();
    var unreachable = new TelegramChannelProvider().create(config(closed, Map.of()), context());
    closed.shutdown();
    var e = catchThrowableOfType(PublishException.class, () -> unreachable.publish(post("<b>Monsoon</b>", card())));
    assertThat(e.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(e.getMessage()).contains("could not be reached");
  }

  @Test
  void unreadableSuccessIsInDoubtBecauseTheMessageMayBeOut() {
    var e = photoFails(json(200, "send-photo-truncated.json"));
    assertThat(e.kind()).isEqualTo(Kind.IN_DOUBT);
    assertThat(e.getMessage()).contains("may have gone out");
  }

  static Stream<Arguments> failingAnswers() {
    return Stream.of(
        Arguments.of("dropped connection", (Supplier<MockResponse>) () ->
            new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST)),
        Arguments.of("malformed JSON", (Supplier<MockResponse>) () -> json(200, "send-photo-truncated.json")),
        Arguments.of("unauthorized", (Supplier<MockResponse>) () -> json(401, "error-401-unauthorized.json")),
        Arguments.of("proxy HTML", (Supplier<MockResponse>) () ->
            new MockResponse().setResponseCode(503).setBody("<html>503 for /bot" + TOKEN + "/sendphoto</html>")),
        Arguments.of("rate limited", (Supplier<MockResponse>) () -> json(429, "error-429-retry-after.json")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failingAnswers")
  void botTokenNeverReachesExceptionsOrLogs(String scenario, Supplier<MockResponse> answer) {
    var root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    var previous = root.getLevel();
    root.setLevel(Level.ALL);
    var appender = new ListAppender<ILoggingEvent>();
    appender.start();
    root.addAppender(appender);
    try {
      var e = photoFails(answer.get());

      assertThat(e).as(scenario).isNotNull();
      for (Throwable t = e; t != null; t = t.getCause()) {
        assertThat(String.valueOf(t.getMessage())).doesNotContain(TOKEN).doesNotContain("AAHdqTcvCH1vGWJx");
        assertThat(t.toString()).doesNotContain(TOKEN);
      }
      for (var event : appender.list) {
        assertThat(event.getFormattedMessage()).doesNotContain(TOKEN);
        for (IThrowableProxy p = event.getThrowableProxy(); p != null; p = p.getCause())
          assertThat(String.valueOf(p.getMessage())).doesNotContain(TOKEN);
      }
    } finally {
      root.detachAppender(appender);
      root.setLevel(previous);
    }
  }
}
