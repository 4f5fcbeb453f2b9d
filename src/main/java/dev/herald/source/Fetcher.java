package dev.herald.source;

import dev.herald.config.Secrets;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * The one fetcher of outside input — feeds, article pages and images: http(s) with conditional GET,
 * redirects followed hop by hop, a byte cap and a time cap, or (for a configured source only) a
 * {@code file:} URL / filesystem path relative to the working directory, and the photos inside such a
 * local feed's own directory ({@link #fetchBesideFeed}). Hostile by default: an
 * internal address (see {@link OutboundPolicy}) is refused after DNS, before each redirect hop and on
 * the connected socket, unless the policy trusts the URL's origin. Safe to share between threads.
 */
public final class Fetcher {

  static final String ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, "
      + "application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5";

  /** More hops than any real site needs; a loop ends here. */
  static final int MAX_REDIRECTS = 5;

  /** Requests to one host at a time, at most: a newsroom's site is not load-tested by its own bot. */
  public static final int MAX_PER_HOST = 2;

  private final OkHttpClient base;
  private final OutboundPolicy policy;
  private final OkHttpClient client;
  private final String userAgent;
  private final HostSlots hosts = new HostSlots(MAX_PER_HOST, GuardedHttp.CALL_TIMEOUT);

  /** A fetcher that trusts no internal address but a configured source's own. */
  public Fetcher(OkHttpClient client) {
    this(client, OutboundPolicy.publicOnly());
  }

  public Fetcher(OkHttpClient client, OutboundPolicy policy) {
    this(client, policy, null);
  }

  /** {@code userAgent}: sent on every request (null: the client's own). */
  public Fetcher(OkHttpClient client, OutboundPolicy policy, String userAgent) {
    if (client == null) throw new IllegalArgumentException("client == null");
    if (policy == null) throw new IllegalArgumentException("policy == null");
    this.base = client;
    this.policy = policy;
    this.client = GuardedHttp.client(client, policy);
    this.userAgent = userAgent;
  }

  /**
   * Fetches a configured source: {@code urlOrPath} comes from the operator, so a file path is read and
   * the URL's own origin may be internal. Sends {@code previous}'s validators. Throws IOException naming
   * the URL (and status code) on network errors, non-2xx answers, a refused address, a missing file, or a
   * body past {@code maxBytes}. Idempotent: safe to call again.
   */
  public FetchResult fetch(String urlOrPath, FetchState previous, long maxBytes) throws IOException {
    if (urlOrPath == null || urlOrPath.isBlank()) throw new IOException("no URL or path to fetch");
    if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes <= 0");
    FetchState validators = previous == null ? FetchState.NONE : previous;
    String target = urlOrPath.strip();
    HttpUrl url = HttpUrl.parse(target);
    if (url != null) {
      OkHttpClient trusting = policy.trusts(url) ? client : GuardedHttp.client(base, policy.trusting(target));
      return fetchHttp(trusting, url, validators, maxBytes);
    }
    String lower = target.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http:") || lower.startsWith("https:")) throw new IOException("not a valid URL: " + Secrets.redact(target));
    return fetchFile(toPath(target), validators, maxBytes);
  }

  /**
   * Fetches a link found in outside content (an item's page, an image): http(s) only, internal
   * addresses refused unless the policy trusts their origin. Throws as {@link #fetch} does; a refusal
   * is an IOException whose message starts with "refused:" and names the host.
   */
  public FetchResult fetchLink(String link, long maxBytes) throws IOException {
    if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes <= 0");
    HttpUrl url = link == null ? null : HttpUrl.parse(link.strip());
    if (url == null) throw new GuardedHttp.Refused("refused: only http(s) links are fetched, not " + scheme(link));
    return fetchHttp(client, url, FetchState.NONE, maxBytes);
  }

  /**
   * Reads a file that a configured local feed refers to (its items' photos): {@code feedPath} is the
   * operator's own source, a filesystem path or {@code file:} URL, and {@code fileUrl} (an absolute
   * {@code file:} URL, as {@link FeedParser} resolves a local feed's relative image links) must name a
   * regular file inside that feed file's directory tree — after normalizing and after following
   * symbolic links. At most {@code maxBytes}. Throws a {@code "refused:"} IOException for a web feed,
   * any other address or a file outside the tree, and IOException for a missing or oversized file.
   */
  public FetchResult fetchBesideFeed(String feedPath, String fileUrl, long maxBytes) throws IOException {
    if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes <= 0");
    String feed = feedPath == null ? "" : feedPath.strip();
    boolean localFeed = !feed.isEmpty() && (feed.regionMatches(true, 0, "file:", 0, 5) || !feed.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*"));
    if (!localFeed) throw new GuardedHttp.Refused("refused: only a local feed file's own photos are read from disk");
    if (!isFileUrl(fileUrl)) throw new GuardedHttp.Refused("refused: not a file: URL: " + scheme(fileUrl));
    Path dir = toPath(feed).toAbsolutePath().normalize().getParent();
    Path target;
    try {
      target = Path.of(URI.create(fileUrl.strip())).normalize();
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      throw new GuardedHttp.Refused("refused: not a valid file: URL");
    }
    if (dir == null || !target.startsWith(dir)) throw new GuardedHttp.Refused("refused: " + target + " is outside the feed's directory " + dir);
    Path real;
    try {
      real = target.toRealPath();
      if (!real.startsWith(dir.toRealPath())) {
        throw new GuardedHttp.Refused("refused: " + target + " links outside the feed's directory " + dir);
      }
    } catch (NoSuchFileException e) {
      throw new IOException("no such file: " + target, e);
    }
    if (!Files.isRegularFile(real)) throw new GuardedHttp.Refused("refused: " + target + " is not a regular file");
    long size = Files.size(real);
    if (size > maxBytes) throw new TooLarge(target + " is larger than the " + maxBytes + "-byte limit (" + size + " bytes)");
    byte[] body;
    try (InputStream in = Files.newInputStream(real)) {
      body = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
    }
    if (body.length > maxBytes) throw new TooLarge(target + " is larger than the " + maxBytes + "-byte limit (it grew)");
    return new FetchResult(true, body, guessType(real), real.toUri().toString(), FetchState.NONE);
  }

  /** True for an absolute {@code file:} URL ("file:///srv/feed/photo.jpg"). */
  public static boolean isFileUrl(String link) {
    return link != null && link.strip().regionMatches(true, 0, "file:/", 0, 6);
  }

  private FetchResult fetchHttp(OkHttpClient client, HttpUrl url, FetchState previous, long maxBytes) throws IOException {
    try (var slot = hosts.take(url.host())) {
      return fetchHttpNow(client, url, previous, maxBytes);
    }
  }

  private FetchResult fetchHttpNow(OkHttpClient client, HttpUrl url, FetchState previous, long maxBytes) throws IOException {
    Request.Builder request = new Request.Builder().url(url).header("Accept", ACCEPT);
    if (userAgent != null) request.header("User-Agent", userAgent);
    if (previous.etag() != null) request.header("If-None-Match", previous.etag());
    if (previous.lastModified() != null) request.header("If-Modified-Since", previous.lastModified());
    Response response = Redirects.follow(client, request.build(), policy, MAX_REDIRECTS);
    try (response) {
      String finalUrl = response.request().url().toString();
      if (response.code() == 304) return new FetchResult(false, null, null, finalUrl, merge(previous, response));
      if (!response.isSuccessful()) {
        String message = "HTTP " + response.code() + describe(response.message()) + " for " + Secrets.redact(finalUrl);
        Duration wait = RetryAfter.parse(response.header("Retry-After"), Instant.now());
        if (wait != null) throw new RetryLater(message + " (retry after " + wait.toSeconds() + " s)", wait, response.code());
        throw new HttpStatus(message, response.code());
      }
      byte[] body = readCapped(response.body(), maxBytes, finalUrl);
      var links = response.headers("Link");
      int maxAge = response.cacheControl().maxAgeSeconds();
      return new FetchResult(true, body, response.header("Content-Type"), finalUrl, merge(FetchState.NONE, response),
          links.isEmpty() ? null : String.join(", ", links), maxAge > 0 ? Duration.ofSeconds(maxAge) : null);
    }
  }

  /**
   * POSTs a form to a link found in outside content (a WebSub hub), guarded like {@link #fetchLink}; no
   * redirect is followed. Returns the status code and at most {@code maxBytes} of the answer's text.
   */
  public Answer postForm(String link, Map<String, String> form, long maxBytes) throws IOException {
    HttpUrl url = link == null ? null : HttpUrl.parse(link.strip());
    if (url == null) throw new GuardedHttp.Refused("refused: only http(s) links are fetched, not " + scheme(link));
    Redirects.checkLiteral(url, policy);
    var body = new FormBody.Builder();
    form.forEach(body::add);
    Request.Builder builder = new Request.Builder().url(url).post(body.build());
    if (userAgent != null) builder.header("User-Agent", userAgent);
    try (var slot = hosts.take(url.host()); Response response = client.newCall(builder.build()).execute()) {
      ResponseBody answer = response.body();
      String text = "";
      if (answer != null) {
        BufferedSource source = answer.source();
        source.request(maxBytes);
        text = source.getBuffer().readUtf8(Math.min(maxBytes, source.getBuffer().size()));
      }
      return new Answer(response.code(), text);
    } catch (GuardedHttp.Refused e) {
      throw e;
    } catch (IOException e) {
      throw failed(url.toString(), e);
    }
  }

  /**
   * The status a link found in outside content answers now, redirects followed: one {@code HEAD}, guarded
   * like {@link #fetchLink}. Throws IOException when there is no answer (or the address is refused).
   */
  public int status(String link) throws IOException {
    HttpUrl url = link == null ? null : HttpUrl.parse(link.strip());
    if (url == null) throw new GuardedHttp.Refused("refused: only http(s) links are fetched, not " + scheme(link));
    Request.Builder request = new Request.Builder().url(url).head();
    if (userAgent != null) request.header("User-Agent", userAgent);
    try (var slot = hosts.take(url.host()); Response response = Redirects.follow(client, request.build(), policy, MAX_REDIRECTS)) {
      return response.code();
    }
  }

  /** A status code and the start of the answer's text. */
  public record Answer(int code, String text) {}

  private static String scheme(String link) {
    if (link == null || link.isBlank()) return "an empty link";
    int colon = link.indexOf(':');
    return colon > 0 && colon < 12 ? "'" + link.substring(0, colon) + ":'" : "a link without a scheme";
  }

  // The cause is left off on purpose: its message may quote the URL, token and all, unredacted.
  static IOException failed(String url, IOException e) {
    if (e instanceof GuardedHttp.Refused) return e;
    String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return new IOException("fetching " + Secrets.redact(url) + " failed: " + Secrets.redact(reason));
  }

  private static String describe(String message) {
    return message == null || message.isBlank() ? "" : " " + message;
  }

  // A 304 may refresh the validators; keep the old ones for anything it leaves out.
  private static FetchState merge(FetchState previous, Response response) {
    String etag = response.header("ETag");
    String lastModified = response.header("Last-Modified");
    return new FetchState(etag != null ? etag : previous.etag(), lastModified != null ? lastModified : previous.lastModified());
  }

  // Never buffers more than maxBytes + 1: a huge or endless body is refused, not read.
  private static byte[] readCapped(ResponseBody body, long maxBytes, String url) throws IOException {
    if (body == null) return new byte[0];
    long declared = body.contentLength();
    if (declared > maxBytes) throw tooLarge(url, maxBytes, "declares " + declared + " bytes");
    BufferedSource source = body.source();
    try {
      if (source.request(maxBytes + 1)) throw tooLarge(url, maxBytes, "body is longer");
      return source.readByteArray();
    } catch (TooLarge e) {
      throw e;
    } catch (IOException e) {
      throw failed(url, e);
    }
  }

  private static TooLarge tooLarge(String url, long maxBytes, String detail) {
    return new TooLarge(Secrets.redact(url) + " is larger than the " + maxBytes + "-byte limit (" + detail + ")");
  }

  /** A non-2xx answer; {@code code} is its status. */
  public static class HttpStatus extends IOException {
    private final int code;

    HttpStatus(String message, int code) {
      super(message);
      this.code = code;
    }

    public int code() {
      return code;
    }
  }

  /** A 429/503 (or any non-2xx) that said when to come back ({@code Retry-After}). */
  public static final class RetryLater extends HttpStatus {
    private final Duration wait;

    RetryLater(String message, Duration wait, int code) {
      super(message, code);
      this.wait = wait;
    }

    public Duration waitFor() {
      return wait;
    }
  }

  /** The body passed the byte cap. */
  static final class TooLarge extends IOException {
    TooLarge(String message) {
      super(message);
    }
  }

  private static Path toPath(String target) throws IOException {
    try {
      if (!target.regionMatches(true, 0, "file:", 0, 5)) return Path.of(target);
      // "file:config/demo/feed.xml" is relative; only "file:/..." is a URI Path.of understands.
      return target.startsWith("/", 5) ? Path.of(URI.create(target)) : Path.of(target.substring(5));
    } catch (IllegalArgumentException e) {
      throw new IOException("not a valid URL or file path: " + Secrets.redact(target));
    }
  }

  private static FetchResult fetchFile(Path path, FetchState previous, long maxBytes) throws IOException {
    Path absolute = path.toAbsolutePath().normalize();
    try {
      if (Files.isDirectory(absolute)) throw new IOException(absolute + " is a directory, not a feed or page");
      String lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(
          Files.getLastModifiedTime(absolute).toInstant().atOffset(ZoneOffset.UTC));
      var state = new FetchState(null, lastModified);
      String url = absolute.toUri().toString();
      if (lastModified.equals(previous.lastModified())) return new FetchResult(false, null, null, url, state);
      long size = Files.size(absolute);
      if (size > maxBytes) throw new IOException(absolute + " is larger than the " + maxBytes + "-byte limit (" + size + " bytes)");
      try (InputStream in = Files.newInputStream(absolute)) {
        return new FetchResult(true, in.readNBytes((int) size), guessType(absolute), url, state);
      }
    } catch (NoSuchFileException e) {
      throw new IOException("no such file: " + absolute, e);
    }
  }

  private static String guessType(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) return "application/json";
    if (name.endsWith(".html") || name.endsWith(".htm")) return "text/html";
    if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".rdf")) return "application/xml";
    if (name.endsWith(".jpg") || name.endsWith(".jpeg")) return "image/jpeg";
    if (name.endsWith(".png")) return "image/png";
    return null;
  }
}
