package dev.herald.fake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
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
  private volatile MockResponse override;

  protected FakeApi() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        byte[] body = request.getBody().readByteArray();
        var recorded = new Recorded(request.getMethod(), request.getPath(), request.getHeaders(), body,
            Multipart.fields(request.getHeader("Content-Type"), body));
        requests.add(recorded);
        MockResponse forced = override;
        return forced != null ? forced : answer(recorded);
      }
    });
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  protected abstract MockResponse answer(Recorded request);

  /** From now on every request (still recorded) gets this answer, e.g. a 401; {@code null} answers normally again. */
  public void answerEveryRequestWith(MockResponse response) {
    override = response;
  }

  /** A JSON answer with this status, for {@link #answerEveryRequestWith}. */
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
