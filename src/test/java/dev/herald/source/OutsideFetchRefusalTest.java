package dev.herald.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.herald.card.Images;
import dev.herald.channel.HttpClients;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * SSRF: a remote feed names internal addresses. The outlet (the configured source) and the "internal"
 * host both listen on loopback; only the outlet's origin is trusted, so the internal host must never
 * receive a request — not for an item link, a redirect, an image, or a host name that resolves to it.
 */
class OutsideFetchRefusalTest {

  private final MockWebServer outlet = new MockWebServer();
  private final MockWebServer internal = new MockWebServer();
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private Fetcher fetcher;

  @BeforeEach
  void start() throws IOException {
    outlet.start();
    internal.start();
    internal.enqueue(new MockResponse().setHeader("Content-Type", "text/html").setBody(
        "<html><head><meta property=og:title content='SECRET admin page'></head><body><p>root password</p></body></html>"));
    fetcher = new Fetcher(HttpClients.shared(), OutboundPolicy.of(List.of(outlet.url("/feed").toString()), List.of()));
    logs.start();
    ((Logger) LoggerFactory.getLogger(ArticleExtractor.class)).addAppender(logs);
  }

  @AfterEach
  void stop() throws IOException {
    ((Logger) LoggerFactory.getLogger(ArticleExtractor.class)).detachAppender(logs);
    outlet.shutdown();
    internal.shutdown();
  }

  private static Article fromFeed(String link) {
    return new Article(link, "g1", "main", "Feed headline", "Feed teaser.", "Feed body.", null,
        Instant.parse("2026-11-26T00:00:00Z"), null, List.of(), null, "en");
  }

  @Test
  void anItemLinkToAnInternalHostKeepsTheFeedsTextAndNeverReachesIt() {
    Article item = fromFeed(internal.url("/secret.html").toString());

    Article enriched = new ArticleExtractor(fetcher).enrich(item);

    assertThat(enriched).isEqualTo(item);
    assertThat(internal.getRequestCount()).isZero();
    var warnings = logs.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0).getFormattedMessage()).contains("refused", "127.0.0.1", "loopback");
    assertThat(warnings.get(0).getThrowableProxy()).as("no stack trace").isNull();
  }

  @Test
  void aRedirectFromTheOutletToAnInternalHostIsRefusedBeforeConnecting() {
    outlet.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", internal.url("/secret.html")));
    Article item = fromFeed(outlet.url("/news/story").toString());

    assertThat(new ArticleExtractor(fetcher).enrich(item)).isEqualTo(item);
    assertThat(outlet.getRequestCount()).isEqualTo(1);
    assertThat(internal.getRequestCount()).isZero();
  }

  @Test
  void aHostNameThatResolvesToLoopbackIsRefusedByTheGuardedDns() {
    assertThatThrownBy(() -> fetcher.fetchLink("http://localhost:" + internal.getPort() + "/secret.html", 10_000))
        .isInstanceOf(IOException.class).hasMessageContaining("refused").hasMessageContaining("localhost");
    assertThat(internal.getRequestCount()).isZero();
  }

  @Test
  void anImageOnAnInternalHostGivesNoImageAndNoRequest() {
    assertThat(Images.fetch(fetcher, internal.url("/photo.jpg").toString(), 1_000_000)).isEmpty();
    assertThat(internal.getRequestCount()).isZero();
  }

  @Test
  void otherSchemesInRemoteContentAreRefused() {
    for (String link : List.of("file:///etc/passwd", "jar:file:/app.jar!/config.yml", "ftp://10.0.0.1/x", "gopher://127.0.0.1:25/")) {
      assertThatThrownBy(() -> fetcher.fetchLink(link, 10_000)).as(link).hasMessageStartingWith("refused:");
    }
  }

  @Test
  void aRedirectToAFileUrlIsRefused() {
    outlet.enqueue(new MockResponse().setResponseCode(301).setHeader("Location", "file:///etc/passwd"));

    assertThatThrownBy(() -> fetcher.fetchLink(outlet.url("/news/story").toString(), 10_000))
        .hasMessageContaining("refused").hasMessageContaining("non-http(s)");
  }

  @Test
  void theConfiguredSourcesOwnOriginStaysAllowedWithRedirectsOnIt() throws IOException {
    outlet.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "/news/story-moved"));
    outlet.enqueue(new MockResponse().setHeader("Content-Type", "text/html").setBody("<p>ok</p>"));

    FetchResult page = fetcher.fetchLink(outlet.url("/news/story").toString(), 10_000);

    assertThat(page.finalUrl()).endsWith("/news/story-moved");
    assertThat(new String(page.body())).isEqualTo("<p>ok</p>");
  }

  @Test
  void aHostListedInAllowPrivateHostsIsReachable() throws IOException {
    var allowing = new Fetcher(HttpClients.shared(), OutboundPolicy.of(List.of(), List.of(internal.url("/").toString())));

    assertThat(allowing.fetchLink(internal.url("/secret.html").toString(), 10_000).body()).isNotEmpty();
    assertThat(internal.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aSourceFetchTrustsOnlyItsOwnOriginNotWhereItRedirects() {
    var publicOnly = new Fetcher(HttpClients.shared());
    outlet.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", internal.url("/feed")));

    assertThatThrownBy(() -> publicOnly.fetch(outlet.url("/feed").toString(), FetchState.NONE, 10_000))
        .hasMessageContaining("refused");
    assertThat(internal.getRequestCount()).isZero();
  }

  @Test
  void internalAddressesOfEveryKindAreRecognisedAndPublicOnesAreNot() throws Exception {
    for (String internalAddress : List.of("127.0.0.1", "127.8.9.10", "::1", "10.1.2.3", "172.16.0.1", "172.31.255.255",
        "192.168.1.1", "169.254.169.254", "fe80::1", "fc00::1", "fd12:3456::1", "100.64.0.1", "100.127.255.254",
        "0.0.0.0", "::", "224.0.0.1", "ff02::1", "::ffff:127.0.0.1", "::ffff:169.254.169.254", "::ffff:10.0.0.1",
        "255.255.255.255")) {
      assertThat(OutboundPolicy.internalKind(InetAddress.getByName(internalAddress))).as(internalAddress).isNotNull();
    }
    for (String publicAddress : List.of("93.184.216.34", "8.8.8.8", "100.63.255.255", "100.128.0.1", "172.32.0.1",
        "2606:2800:220:1:248:1893:25c8:1946", "::ffff:8.8.8.8")) {
      assertThat(OutboundPolicy.internalKind(InetAddress.getByName(publicAddress))).as(publicAddress).isNull();
    }
  }
}
