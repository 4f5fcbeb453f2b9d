package dev.herald.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.herald.channel.HttpClients;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FetcherTest {

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

  @Test
  void firstFetchReturnsBodyTypeAndValidators() throws Exception {
    server.enqueue(new MockResponse().setBody("<rss/>").setHeader("Content-Type", "application/rss+xml; charset=utf-8")
        .setHeader("ETag", "\"v1\"").setHeader("Last-Modified", "Wed, 25 Nov 2026 10:00:00 GMT"));

    FetchResult result = fetcher.fetch(server.url("/feed").toString(), FetchState.NONE, 1000);

    assertThat(result.modified()).isTrue();
    assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");
    assertThat(result.charset()).contains(StandardCharsets.UTF_8);
    assertThat(result.state()).isEqualTo(new FetchState("\"v1\"", "Wed, 25 Nov 2026 10:00:00 GMT"));
    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeader("If-None-Match")).isNull();
    assertThat(request.getHeader("Accept")).contains("application/rss+xml");
    assertThat(request.getHeader("User-Agent")).startsWith("Herald/");
  }

  @Test
  void staleFeedAnswersNotModifiedWithETag() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(304).setHeader("ETag", "\"v1\""));

    FetchResult result = fetcher.fetch(server.url("/feed").toString(), new FetchState("\"v1\"", null), 1000);

    assertThat(result.modified()).isFalse();
    assertThat(result.body()).isEmpty();
    assertThat(result.state().etag()).isEqualTo("\"v1\"");
    assertThat(server.takeRequest().getHeader("If-None-Match")).isEqualTo("\"v1\"");
  }

  @Test
  void lastModifiedIsSentBackAndKeptOnNotModified() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(304));
    var previous = new FetchState(null, "Wed, 25 Nov 2026 10:00:00 GMT");

    FetchResult result = fetcher.fetch(server.url("/feed").toString(), previous, 1000);

    assertThat(result.modified()).isFalse();
    assertThat(result.state()).isEqualTo(previous);
    assertThat(server.takeRequest().getHeader("If-Modified-Since")).isEqualTo("Wed, 25 Nov 2026 10:00:00 GMT");
  }

  @Test
  void redirectsAreFollowedAndTheFinalUrlReported() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(301).setHeader("Location", "/new-feed"));
    server.enqueue(new MockResponse().setBody("<rss/>"));

    FetchResult result = fetcher.fetch(server.url("/old-feed").toString(), FetchState.NONE, 1000);

    assertThat(result.finalUrl()).isEqualTo(server.url("/new-feed").toString());
    assertThat(result.body()).hasSize(6);
  }

  @Test
  void notFoundNamesStatusAndUrl() {
    server.enqueue(new MockResponse().setResponseCode(404).setBody("nope"));
    String url = server.url("/missing").toString();

    assertThatThrownBy(() -> fetcher.fetch(url, FetchState.NONE, 1000))
        .isInstanceOf(IOException.class).hasMessageContaining("HTTP 404").hasMessageContaining(url);
  }

  @Test
  void serverErrorNamesStatusAndUrl() {
    server.enqueue(new MockResponse().setResponseCode(500));

    assertThatThrownBy(() -> fetcher.fetch(server.url("/feed").toString(), FetchState.NONE, 1000))
        .isInstanceOf(IOException.class).hasMessageContaining("HTTP 500").hasMessageContaining("/feed");
  }

  @Test
  void bodyPastTheCapIsRefusedByDeclaredLength() {
    server.enqueue(new MockResponse().setBody("x".repeat(5000)));

    assertThatThrownBy(() -> fetcher.fetch(server.url("/big").toString(), FetchState.NONE, 1000))
        .isInstanceOf(IOException.class).hasMessageContaining("larger than the 1000-byte limit");
  }

  @Test
  void chunkedBodyPastTheCapIsRefusedWithoutReadingItAll() {
    server.enqueue(new MockResponse().setChunkedBody(new Buffer().writeUtf8("y".repeat(200_000)), 4096));

    assertThatThrownBy(() -> fetcher.fetch(server.url("/endless").toString(), FetchState.NONE, 10_000))
        .isInstanceOf(IOException.class).hasMessageContaining("larger than the 10000-byte limit");
  }

  @Test
  void droppedConnectionIsAnIOExceptionNamingTheUrl() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));

    assertThatThrownBy(() -> fetcher.fetch(server.url("/feed").toString(), FetchState.NONE, 1000))
        .isInstanceOf(IOException.class).hasMessageContaining("fetching").hasMessageContaining("/feed");
  }

  @Test
  void registeredSecretsInTheUrlNeverReachTheMessage() {
    dev.herald.config.Secrets.register("s3cr3t-feed-token");
    server.enqueue(new MockResponse().setResponseCode(403));

    assertThatThrownBy(() -> fetcher.fetch(server.url("/feed?token=s3cr3t-feed-token").toString(), FetchState.NONE, 1000))
        .isInstanceOf(IOException.class).hasMessageContaining("HTTP 403").hasMessageNotContaining("s3cr3t-feed-token")
        .hasNoCause();
  }

  @Test
  void slowBodyTimesOutWithAClearError() {
    OkHttpClient impatient = HttpClients.shared().newBuilder().readTimeout(Duration.ofMillis(200)).build();
    server.enqueue(new MockResponse().setBody("<rss>" + "x".repeat(1000) + "</rss>").throttleBody(10, 1, TimeUnit.SECONDS));

    assertThatThrownBy(() -> new Fetcher(impatient).fetch(server.url("/slow").toString(), FetchState.NONE, 100_000))
        .isInstanceOf(IOException.class).hasMessageContaining("/slow");
  }

  @Test
  void readsFilesByRelativePathAndFileUrl(@TempDir Path dir) throws Exception {
    Path feed = Files.writeString(dir.resolve("feed.xml"), "<rss/>");

    FetchResult byPath = fetcher.fetch(feed.toString(), FetchState.NONE, 1000);
    FetchResult byUrl = fetcher.fetch(feed.toUri().toString(), FetchState.NONE, 1000);
    FetchResult demo = fetcher.fetch("config/demo/feed.xml", FetchState.NONE, 1_000_000);

    assertThat(byPath.body()).isEqualTo("<rss/>".getBytes(StandardCharsets.UTF_8));
    assertThat(byPath.contentType()).isEqualTo("application/xml");
    assertThat(byUrl.body()).isEqualTo(byPath.body());
    assertThat(demo.modified()).isTrue();
    assertThat(demo.finalUrl()).startsWith("file:/").endsWith("config/demo/feed.xml");
  }

  @Test
  void unchangedFileIsNotModifiedAndATouchedOneIs(@TempDir Path dir) throws Exception {
    Path feed = Files.writeString(dir.resolve("feed.xml"), "<rss/>");
    Files.setLastModifiedTime(feed, FileTime.from(Instant.parse("2026-11-20T00:00:00Z")));
    FetchResult first = fetcher.fetch(feed.toString(), FetchState.NONE, 1000);

    FetchResult again = fetcher.fetch(feed.toString(), first.state(), 1000);
    Files.setLastModifiedTime(feed, FileTime.from(Instant.parse("2026-11-21T00:00:00Z")));
    FetchResult touched = fetcher.fetch(feed.toString(), first.state(), 1000);

    assertThat(again.modified()).isFalse();
    assertThat(touched.modified()).isTrue();
  }

  @Test
  void missingOrOversizedFileIsAClearError(@TempDir Path dir) throws Exception {
    Path big = Files.writeString(dir.resolve("big.xml"), "z".repeat(2000));

    assertThatThrownBy(() -> fetcher.fetch(dir.resolve("nope.xml").toString(), FetchState.NONE, 1000))
        .isInstanceOf(IOException.class).hasMessageContaining("no such file").hasMessageContaining("nope.xml");
    assertThatThrownBy(() -> fetcher.fetch(big.toString(), FetchState.NONE, 1000))
        .isInstanceOf(IOException.class).hasMessageContaining("larger than the 1000-byte limit");
  }

  @Test
  void aLocalFeedsPhotoIsReadFromInsideTheFeedsDirectoryTree(@TempDir Path dir) throws Exception {
    Path feed = Files.writeString(Files.createDirectories(dir.resolve("demo")).resolve("feed.xml"), "<rss/>");
    Path photo = Files.write(Files.createDirectories(dir.resolve("demo/photos")).resolve("a.jpg"), new byte[] {1, 2, 3});

    FetchResult byPath = fetcher.fetchBesideFeed(feed.toString(), photo.toUri().toString(), 1000);
    FetchResult byFileUrl = fetcher.fetchBesideFeed("file:" + feed, photo.toUri().toString(), 1000);

    assertThat(byPath.body()).containsExactly(1, 2, 3);
    assertThat(byPath.contentType()).isEqualTo("image/jpeg");
    assertThat(byFileUrl.body()).containsExactly(1, 2, 3);
  }

  @Test
  void aLocalFeedCannotLeadOutsideItsDirectoryByDotDotOrASymlink(@TempDir Path dir) throws Exception {
    Path feed = Files.writeString(Files.createDirectories(dir.resolve("demo")).resolve("feed.xml"), "<rss/>");
    Path secret = Files.writeString(dir.resolve("secret.jpg"), "operator's secret");
    Path photos = Files.createDirectories(dir.resolve("demo/photos"));
    Path link = Files.createSymbolicLink(photos.resolve("link.jpg"), secret);
    Path linkedDir = Files.createSymbolicLink(photos.resolve("up"), dir);
    String dotDot = photos.toUri() + "../../secret.jpg";

    for (String escape : new String[] {dotDot, secret.toUri().toString(), link.toUri().toString(),
        linkedDir.toUri() + "secret.jpg", "file:///etc/passwd", photos.toUri().toString()}) {
      assertThatThrownBy(() -> fetcher.fetchBesideFeed(feed.toString(), escape, 1_000_000)).as(escape)
          .isInstanceOf(IOException.class).hasMessageStartingWith("refused:");
    }
  }

  @Test
  void onlyAnAbsoluteFileUrlBesideALocalFeedIsRead(@TempDir Path dir) throws Exception {
    Path feed = Files.writeString(dir.resolve("feed.xml"), "<rss/>");
    Path photo = Files.write(dir.resolve("a.jpg"), new byte[] {1, 2, 3});

    for (String webFeed : new String[] {"https://www.jaanojunction.com/feed.xml", server.url("/feed.xml").toString()}) {
      assertThatThrownBy(() -> fetcher.fetchBesideFeed(webFeed, photo.toUri().toString(), 1000)).as(webFeed)
          .isInstanceOf(IOException.class).hasMessageStartingWith("refused:");
    }
    for (String notAFileUrl : new String[] {"a.jpg", "file:a.jpg", server.url("/a.jpg").toString(), "jar:" + photo.toUri() + "!/x"}) {
      assertThatThrownBy(() -> fetcher.fetchBesideFeed(feed.toString(), notAFileUrl, 1000)).as(notAFileUrl)
          .isInstanceOf(IOException.class).hasMessageStartingWith("refused:");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aLocalFeedsPhotoHasTheDownloadByteLimitAndAMissingOneIsAClearError(@TempDir Path dir) throws Exception {
    Path feed = Files.writeString(dir.resolve("feed.xml"), "<rss/>");
    Path big = Files.write(dir.resolve("big.jpg"), new byte[2000]);

    assertThatThrownBy(() -> fetcher.fetchBesideFeed(feed.toString(), big.toUri().toString(), 1000))
        .isInstanceOf(IOException.class).hasMessageContaining("larger than the 1000-byte limit");
    assertThatThrownBy(() -> fetcher.fetchBesideFeed(feed.toString(), dir.resolve("nope.jpg").toUri().toString(), 1000))
        .isInstanceOf(IOException.class).hasMessageContaining("no such file");
  }

  @Test
  void aLinkFromOutsideContentNeverReadsAFileEvenBesideALocalFeed(@TempDir Path dir) throws Exception {
    Path photo = Files.write(dir.resolve("a.jpg"), new byte[] {1, 2, 3});

    assertThatThrownBy(() -> fetcher.fetchLink(photo.toUri().toString(), 1000))
        .isInstanceOf(IOException.class).hasMessageStartingWith("refused:");
  }
}
