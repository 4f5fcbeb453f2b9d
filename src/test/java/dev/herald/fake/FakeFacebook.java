package dev.herald.fake;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.mockwebserver.MockResponse;

/** A Facebook Page on a Graph API fake: photo posts, link posts, the Page itself. */
public final class FakeFacebook extends FakeGraph {

  public static final String PAGE_ID = "1234567890";

  private final AtomicLong ids = new AtomicLong(700000000000000L);

  public FakeFacebook(String token) {
    super("v25.0", token);
  }

  @Override
  protected MockResponse answer(Recorded r, String path) {
    if (r.method().equals("POST") && path.equals(PAGE_ID + "/photos")) {
      if (!r.fields().getOrDefault("source", "").startsWith("\u00FF\u00D8")) {
        return graphError(400, 324, 0, "OAuthException", "Requires upload file");
      }
      long photo = ids.incrementAndGet();
      return json(200, "{\"id\":\"%d\",\"post_id\":\"%s_%d\"}".formatted(photo, PAGE_ID, ids.incrementAndGet()));
    }
    if (r.method().equals("POST") && path.equals(PAGE_ID + "/feed")) {
      if (field(r, "message") == null && field(r, "link") == null) {
        return graphError(400, 100, 0, "OAuthException", "(#100) Missing message or attachment");
      }
      return json(200, "{\"id\":\"%s_%d\"}".formatted(PAGE_ID, ids.incrementAndGet()));
    }
    if (r.method().equals("GET") && path.equals(PAGE_ID)) {
      return json(200, "{\"id\":\"%s\",\"name\":\"Jaano Junction\",\"link\":\"https://www.facebook.com/jaanojunction\"}".formatted(PAGE_ID));
    }
    return graphError(400, 100, 33, "GraphMethodException",
        "Unsupported request - method type: " + r.method().toLowerCase() + " " + path);
  }

  /** Captions of photo posts and messages of link posts, in order. */
  public List<String> posts() {
    return requests().stream()
        .filter(r -> r.method().equals("POST") && (r.path().contains("/photos") || r.path().contains("/feed")))
        .map(r -> field(r, "message")).toList();
  }

  public List<Recorded> photoPosts() {
    return requests().stream().filter(r -> r.method().equals("POST") && r.path().contains("/photos")).toList();
  }
}
