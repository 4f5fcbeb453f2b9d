package dev.herald.fake;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.mockwebserver.MockResponse;

/** A Mastodon instance on loopback: media, statuses (deduplicated by Idempotency-Key, as Mastodon does), instance. */
public final class FakeMastodon extends FakeApi {

  private final AtomicLong ids = new AtomicLong(113000000000000000L);
  private final Map<String, String> byIdempotencyKey = new ConcurrentHashMap<>();

  @Override
  protected MockResponse answer(Recorded r) {
    String path = r.path().replaceFirst("\\?.*", "");
    if (r.method().equals("POST") && path.equals("/api/v2/media")) {
      return json(200, """
          {"id":"%d","type":"image","url":"%s/media/1.jpg","preview_url":"%2$s/media/1s.jpg","description":"alt",
           "meta":{"original":{"width":1200,"height":675}}}""".formatted(ids.incrementAndGet(), baseUrl()));
    }
    if (r.method().equals("POST") && path.equals("/api/v1/statuses")) {
      String key = r.header("Idempotency-Key");
      String status = byIdempotencyKey.computeIfAbsent(key == null ? "none-" + ids.get() : key, k -> {
        long id = ids.incrementAndGet();
        return """
            {"id":"%d","uri":"https://mastodon.example/users/jj/statuses/%1$d","url":"https://mastodon.example/@jj/%1$d",
             "visibility":"public","content":"<p>ok</p>","media_attachments":[]}""".formatted(id);
      });
      return json(200, status);
    }
    if (path.equals("/api/v1/accounts/verify_credentials")) {
      return json(200, """
          {"id":"1","username":"jaanojunction","acct":"jaanojunction","display_name":"Jaano Junction"}""");
    }
    if (path.equals("/api/v2/instance")) {
      return json(200, """
          {"domain":"mastodon.example","configuration":{"statuses":{"max_characters":500,"characters_reserved_per_url":23}}}""");
    }
    return json(404, "{\"error\":\"Record not found\"}");
  }

  /** Status texts, one per distinct post (Mastodon would show one status per Idempotency-Key). */
  public List<String> statuses() {
    return requests("POST", "/api/v1/statuses").stream()
        .map(r -> r.fields().containsKey("status") ? r.fields().get("status") : FakeX.tree(r).path("status").asText())
        .toList();
  }

  public int distinctStatuses() {
    return byIdempotencyKey.size();
  }
}
