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

  protected FakeApi() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        byte[] body = request.getBody().readByteArray();
        var recorded = new Recorded(request.getMethod(), request.getPath(), request.getHeaders(), body,
            Multipart.fields(request.getHeader("Content-Type"), body));
        requests.add(recorded);
        return answer(recorded);
      }
    });
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  protected abstract MockResponse answer(Recorded request);

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
