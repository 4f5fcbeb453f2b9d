package dev.herald.fake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Base of the platform fakes: a MockWebServer on loopback whose dispatcher answers like the real API
 * and records every request. Subclasses answer in {@link #answer}.
 */
public abstract class FakeApi implements AutoCloseable {

  protected final MockWebServer server = new MockWebServer();
  private final List<Recorded> requests = new CopyOnWriteArrayList<>();
  private final ConcurrentLinkedQueue<Scripted> scripted = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Hold> holds = new ConcurrentLinkedQueue<>();

  /** An answer given once, instead of the usual one, to the next request whose path contains {@code pathPart}. */
  private record Scripted(String method, String pathPart, MockResponse response) {}

  /** Holds the next matching request open until the test releases it, then answers as usual. */
  private record Hold(String method, String pathPart, CountDownLatch arrived, CountDownLatch release) {}

  protected FakeApi() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        byte[] body = request.getBody().readByteArray();
        var recorded = new Recorded(request.getMethod(), request.getPath(), request.getHeaders(), body,
            Multipart.fields(request.getHeader("Content-Type"), body));
        requests.add(recorded);
        awaitHold(recorded);
        MockResponse once = takeScripted(recorded);
        return once != null ? once : answer(recorded);
      }
    });
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  protected abstract MockResponse answer(Recorded request);

  /**
   * The next requests with this method and a path containing {@code pathPart} (ignoring case) get these
   * answers, one each and in order (errors, rate limits, {@code SocketPolicy.NO_RESPONSE}…); later
   * ones answer as usual.
   */
  public void answerNext(String method, String pathPart, MockResponse... responses) {
    for (MockResponse response : responses) scripted.add(new Scripted(method, pathPart, response));
  }

  /**
   * The next request with this method and a path containing {@code pathPart} counts down
   * {@code arrived}, then waits (at most 30 s) for {@code release} before it is answered.
   */
  public void holdNext(String method, String pathPart, CountDownLatch arrived, CountDownLatch release) {
    holds.add(new Hold(method, pathPart, arrived, release));
  }

  private void awaitHold(Recorded request) {
    for (Hold h : holds) {
      if (!matches(h.method(), h.pathPart(), request) || !holds.remove(h)) continue;
      h.arrived().countDown();
      try {
        h.release().await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return;
    }
  }

  private static boolean matches(String method, String pathPart, Recorded request) {
    return method.equals(request.method())
        && request.path().toLowerCase(Locale.ROOT).contains(pathPart.toLowerCase(Locale.ROOT));
  }

  private MockResponse takeScripted(Recorded request) {
    for (Scripted s : scripted) {
      if (matches(s.method(), s.pathPart(), request) && scripted.remove(s)) return s.response();
    }
    return null;
  }

  /** A JSON answer as the platform would send it, for {@link #answerNext}. */
  public static MockResponse jsonAnswer(int code, String json) {
    return json(code, json);
  }

  public String baseUrl() {
    String url = server.url("/").toString();
    return url.substring(0, url.length() - 1);
  }

  public String host() {
    return server.getHostName();
  }

  public int port() {
    return server.getPort();
  }

  public List<Recorded> requests() {
    return List.copyOf(requests);
  }

  public List<Recorded> requests(String method, String pathPrefix) {
    return requests.stream().filter(r -> r.method().equals(method) && r.path().startsWith(pathPrefix)).toList();
  }

  protected static MockResponse json(int code, String json) {
    return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json; charset=utf-8").setBody(json);
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
