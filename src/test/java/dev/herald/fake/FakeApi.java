package dev.herald.fake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
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

  /** An answer given once, instead of the usual one, to the next request whose path contains {@code pathPart}. */
  private record Scripted(String method, String pathPart, MockResponse response) {}

  protected FakeApi() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        byte[] body = request.getBody().readByteArray();
        var recorded = new Recorded(request.getMethod(), request.getPath(), request.getHeaders(), body,
            Multipart.fields(request.getHeader("Content-Type"), body));
        requests.add(recorded);
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
   * The next requests with this method and a path containing {@code pathPart} (ignoring case) get these answers, one
   * each and in order (errors, rate limits, {@code SocketPolicy.NO_RESPONSE}…); later ones answer as usual.
   */
  public void answerNext(String method, String pathPart, MockResponse... responses) {
    for (MockResponse response : responses) scripted.add(new Scripted(method, pathPart, response));
  }

  private MockResponse takeScripted(Recorded request) {
    for (Iterator<Scripted> it = scripted.iterator(); it.hasNext(); ) {
      Scripted s = it.next();
      if (s.method().equals(request.method()) && request.path().toLowerCase(java.util.Locale.ROOT).contains(s.pathPart().toLowerCase(java.util.Locale.ROOT)) && scripted.remove(s)) {
        return s.response();
      }
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
