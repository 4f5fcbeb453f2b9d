package dev.herald.fake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
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
  private final List<Hold> holds = new CopyOnWriteArrayList<>();
  private volatile MockResponse override;
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
        MockResponse forced = override;
        MockResponse once = forced != null ? null : takeScripted(recorded);
        MockResponse response = forced != null ? forced : once != null ? once : answer(recorded);
        // The platform has done the work; only its reply is late (what a crash mid-request looks like).
        for (Hold hold : holds) hold.holdIfFirst(recorded);
        return response;
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

  /**
   * The next requests with this method and a path containing {@code pathPart} (ignoring case) get these
   * answers, one each and in order (errors, rate limits, {@code SocketPolicy.NO_RESPONSE}…); later
   * ones answer as usual.
   */
  public void answerNext(String method, String pathPart, MockResponse... responses) {
    for (MockResponse response : responses) scripted.add(new Scripted(method, pathPart, response));
  }

  private MockResponse takeScripted(Recorded request) {
    for (Scripted s : scripted) {
      boolean matches = s.method().equals(request.method())
          && request.path().toLowerCase(Locale.ROOT).contains(s.pathPart().toLowerCase(Locale.ROOT));
      if (matches && scripted.remove(s)) return s.response();
    }
    return null;
  }

  /** A JSON answer with this status, for {@link #answerEveryRequestWith} and {@link #answerNext}. */
  public static MockResponse jsonAnswer(int code, String json) {
    return json(code, json);
  }

  /**
   * Holds the reply to the first request matching {@code which} open until {@link Hold#release()} (or
   * this fake closes): the request is recorded and answered, the answer is just not sent yet.
   */
  public Hold hold(Predicate<Recorded> which) {
    var hold = new Hold(which);
    holds.add(hold);
    return hold;
  }

  /** One held reply: tests wait for it to arrive, then crash or stop Herald, then release it. */
  public static final class Hold {
    private final Predicate<Recorded> which;
    private final AtomicReference<Recorded> held = new AtomicReference<>();
    private final CountDownLatch released = new CountDownLatch(1);

    private Hold(Predicate<Recorded> which) {
      this.which = which;
    }

    private void holdIfFirst(Recorded request) {
      if (!which.test(request) || !held.compareAndSet(null, request)) return;
      try {
        released.await(3, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    public boolean arrived() {
      return held.get() != null;
    }

    /** The held request, once it arrived. */
    public Recorded request() {
      return held.get();
    }

    public void release() {
      released.countDown();
    }
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
    holds.forEach(Hold::release);
    server.shutdown();
  }
}
