package dev.herald.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.herald.channel.HttpClients;
import dev.herald.config.SourceConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedSourceTest {

  private final MockWebServer server = new MockWebServer();
  private final Fetcher fetcher = new Fetcher(HttpClients.shared());

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private FeedSource source(String url, List<String> include, List<String> exclude) {
    return new FeedSource(new SourceConfig("main", url, true, Duration.ofMinutes(2), 0, true, include, exclude), fetcher);
  }

  @Test
  void pollParsesStampsTheSourceAndKeepsValidators() throws Exception {
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/rss+xml").setHeader("ETag", "\"e1\"")
        .setBody(Fixtures.text("rss-with-media-content.xml")));

    PollResult result = source(server.url("/feed").toString(), List.of(), List.of()).poll(FetchState.NONE);

    assertThat(result.modified()).isTrue();
    assertThat(result.items()).hasSize(4).allSatisfy(a -> assertThat(a.sourceId()).isEqualTo("main"));
    assertThat(result.state().etag()).isEqualTo("\"e1\"");
  }

  @Test
  void notModifiedPollReturnsNoItems() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(304));

    PollResult result = source(server.url("/feed").toString(), List.of(), List.of()).poll(new FetchState("\"e1\"", null));

    assertThat(result.modified()).isFalse();
    assertThat(result.items()).isEmpty();
    assertThat(result.state().etag()).isEqualTo("\"e1\"");
  }

  @Test
  void includeAndExcludeFilterTheItems() throws Exception {
    server.enqueue(new MockResponse().setBody(Fixtures.text("rss-with-media-content.xml")));

    PollResult result = source(server.url("/feed").toString(), List.of("world", "national"), List.of("us elections"))
        .poll(FetchState.NONE);

    assertThat(result.items()).extracting(Article::url).containsExactly("https://www.jaanojunction.com/national/older-story");
  }

  @Test
  void unreadableFeedNamesTheSource() {
    server.enqueue(new MockResponse().setBody(Fixtures.text("malformed.xml")));

    assertThatThrownBy(() -> source(server.url("/feed").toString(), List.of(), List.of()).poll(FetchState.NONE))
        .isInstanceOf(FeedException.class).hasMessageStartingWith("source 'main': not well-formed XML");
  }

  @Test
  void bundledDemoFeedPollsFromTheWorkingDirectory() throws Exception {
    PollResult result = source("config/demo/feed.xml", List.of(), List.of()).poll(FetchState.NONE);
    PollResult again = source("config/demo/feed.xml", List.of(), List.of()).poll(result.state());

    assertThat(result.items()).hasSize(5);
    assertThat(again.modified()).isFalse();
  }
}
