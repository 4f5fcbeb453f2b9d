package dev.herald.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.herald.channel.HttpClients;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a newsroom's web server sees of Herald: two requests at a time at most, a name and a contact, its hints obeyed. */
class PolitenessTest {

  static final String AGENT = "Herald/0.1 (+https://www.jaanojunction.com/contact)";

  private final MockWebServer server = new MockWebServer();
  private final ExecutorService pool = Executors.newFixedThreadPool(6);

  @AfterEach
  void stop() throws IOException {
    pool.shutdownNow();
    server.shutdown();
  }

  private Fetcher fetcher() {
    return new Fetcher(HttpClients.shared(), OutboundPolicy.of(List.of(server.url("/").toString()), List.of()), AGENT);
  }

  @Test
  void atMostTwoRequestsToOneHostAreInFlightAndTheRestWaitTheirTurn() throws Exception {
    var inFlight = new AtomicInteger();
    var most = new AtomicInteger();
    var release = new CountDownLatch(1);
    var arrived = new CountDownLatch(2);
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        arrived.countDown();
        release.await(10, TimeUnit.SECONDS);
        inFlight.decrementAndGet();
        return new MockResponse().setBody("<html><title>x</title></html>").setHeader("Content-Type", "text/html");
      }
    });
    Fetcher fetcher = fetcher();
    List<Future<FetchResult>> calls = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String link = server.url("/news/story-" + i).toString();
      calls.add(pool.submit(() -> fetcher.fetchLink(link, 10_000)));
    }

    assertThat(arrived.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(server.getRequestCount()).as("the other four wait").isEqualTo(2);
    release.countDown();
    for (Future<FetchResult> call : calls) assertThat(call.get(20, TimeUnit.SECONDS).modified()).isTrue();

    assertThat(server.getRequestCount()).isEqualTo(6);
    assertThat(most.get()).isEqualTo(Fetcher.MAX_PER_HOST);
  }

  @Test
  void everyRequestNamesHeraldAndTheConfiguredContact() throws Exception {
    server.enqueue(new MockResponse().setBody("<rss/>"));

    fetcher().fetch(server.url("/feed").toString(), FetchState.NONE, 1000);

    assertThat(server.takeRequest().getHeader("User-Agent")).isEqualTo(AGENT);
  }

  @Test
  void retryAfterAndMaxAgeAreReportedToThePoller() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "120"));
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"));
    server.enqueue(new MockResponse().setBody("<rss/>").setHeader("Cache-Control", "public, max-age=600"));
    String feed = server.url("/feed").toString();

    assertThatThrownBy(() -> fetcher().fetch(feed, FetchState.NONE, 1000)).isInstanceOfSatisfying(Fetcher.RetryLater.class,
        e -> assertThat(e.waitFor()).isEqualTo(Duration.ofSeconds(120)));
    assertThatThrownBy(() -> fetcher().fetch(feed, FetchState.NONE, 1000)).isInstanceOfSatisfying(Fetcher.RetryLater.class,
        e -> assertThat(e.waitFor()).as("a date in the past: now").isEqualTo(Duration.ZERO));
    assertThat(fetcher().fetch(feed, FetchState.NONE, 1000).freshFor()).isEqualTo(Duration.ofMinutes(10));
  }
}
