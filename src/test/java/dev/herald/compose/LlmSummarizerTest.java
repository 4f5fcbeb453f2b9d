package dev.herald.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.compose.Summary.Sentence;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LlmSummarizerTest {

  private static final Summary FALLBACK = new Summary(List.of(new Sentence("Extractive sentence.", 0, 1.0)));

  private final MockWebServer server = new MockWebServer();
  private LlmSummarizer summarizer;

  @BeforeEach
  void start() throws IOException {
    server.start();
    summarizer = new LlmSummarizer(new OkHttpClient(), server.url("/v1").toString(), "gpt-4o-mini", "sk-test-key",
        Duration.ofMillis(500), article -> FALLBACK);
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private static MockResponse completion(String content) throws IOException {
    var body = new ObjectMapper().createObjectNode();
    body.put("id", "chatcmpl-1").put("object", "chat.completion");
    body.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop")
        .putObject("message").put("role", "assistant").put("content", content);
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(new ObjectMapper().writeValueAsString(body));
  }

  @Test
  void postsTheArticleToChatCompletionsAndReturnsTheModelsSentences() throws Exception {
    server.enqueue(completion("Blinken says the US has evidence of Chinese meddling. He warned of more sanctions."));

    var summary = summarizer.summarize(Fixtures.blinken());

    assertThat(summary.sentences()).extracting(Sentence::text).containsExactly(
        "Blinken says the US has evidence of Chinese meddling.", "He warned of more sanctions.");
    assertThat(summary.best(1)).extracting(Sentence::position).containsExactly(0);
    var request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/v1/chat/completions");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer sk-test-key");
    var json = new ObjectMapper().readTree(request.getBody().readUtf8());
    assertThat(json.path("model").asText()).isEqualTo("gpt-4o-mini");
    assertThat(json.path("messages").get(0).path("role").asText()).isEqualTo("system");
    String user = json.path("messages").get(1).path("content").asText();
    assertThat(user).contains("Headline: 'US has evidence").contains("Beijing has repeatedly said")
        .doesNotContain("Also Read", "Stay connected", "No stories found");
  }

  @Test
  void bulletsAndMoreThanThreeSentencesAreTidied() throws Exception {
    server.enqueue(completion("- One fact here.\n- Two facts here.\n- Three facts here.\n- Four facts here."));

    assertThat(summarizer.summarize(Fixtures.blinken()).sentences()).extracting(Sentence::text)
        .containsExactly("One fact here.", "Two facts here.", "Three facts here.");
  }

  @Test
  void answersAreCachedPerArticle() throws Exception {
    server.enqueue(completion("Only once."));

    var first = summarizer.summarize(Fixtures.blinken());
    var second = summarizer.summarize(Fixtures.blinken());

    assertThat(second).isEqualTo(first);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void serverErrorFallsBackAndIsNotCached() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503).setBody("{\"error\":{\"message\":\"overloaded\"}}"));
    server.enqueue(completion("Second try works."));

    assertThat(summarizer.summarize(Fixtures.blinken())).isEqualTo(FALLBACK);
    assertThat(summarizer.summarize(Fixtures.blinken()).sentences()).extracting(Sentence::text)
        .containsExactly("Second try works.");
  }

  @Test
  void rateLimitAndAuthErrorsFallBack() {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "20"));
    server.enqueue(new MockResponse().setResponseCode(401).setBody("{\"error\":{\"message\":\"Incorrect API key\"}}"));

    assertThat(summarizer.summarize(Fixtures.blinken())).isEqualTo(FALLBACK);
    assertThat(summarizer.summarize(Fixtures.blinken())).isEqualTo(FALLBACK);
  }

  @Test
  void malformedOrEmptyAnswersFallBack() throws Exception {
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody("{\"choices\": [ {"));
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody("{\"choices\": []}"));
    server.enqueue(completion("   "));

    for (int i = 0; i < 3; i++) assertThat(summarizer.summarize(Fixtures.blinken())).isEqualTo(FALLBACK);
  }

  @Test
  void timeoutFallsBack() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

    assertThat(summarizer.summarize(Fixtures.blinken())).isEqualTo(FALLBACK);
  }

  @Test
  void droppedConnectionFallsBack() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));

    assertThat(summarizer.summarize(Fixtures.blinken())).isEqualTo(FALLBACK);
  }
}
