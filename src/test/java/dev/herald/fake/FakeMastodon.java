package dev.herald.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;

/**
 * A Mastodon account on loopback, keeping state the way an instance does: statuses rendered as HTML
 * and listed newest first, and each Idempotency-Key remembered for one hour (a second create with it
 * answers the first status, whatever the new text). Media and instance answers as Mastodon sends them.
 */
public final class FakeMastodon extends FakeApi {

  public static final Duration KEY_TTL = Duration.ofHours(1);
  public static final String ACCOUNT_ID = "109348791230";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern URL = Pattern.compile("https?://\\S+");

  private record Keyed(ObjectNode status, Instant at) {}

  private final AtomicLong ids = new AtomicLong(113000000000000000L);
  private final Map<String, Keyed> byIdempotencyKey = new ConcurrentHashMap<>();
  private final List<ObjectNode> timeline = new CopyOnWriteArrayList<>();
  private volatile Clock clock = Clock.systemUTC();

  /** The instance's clock, for keys that expire and statuses' {@code created_at}. */
  public FakeMastodon useClock(Clock clock) {
    this.clock = clock;
    return this;
  }

  @Override
  protected MockResponse answer(Recorded r) {
    String path = r.path().replaceFirst("\\?.*", "");
    if (r.method().equals("POST") && path.equals("/api/v2/media")) {
      return json(200, """
          {"id":"%d","type":"image","url":"%s/media/1.jpg","preview_url":"%2$s/media/1s.jpg","description":"alt",
           "meta":{"original":{"width":1200,"height":675}}}""".formatted(ids.incrementAndGet(), baseUrl()));
    }
    if (r.method().equals("POST") && path.equals("/api/v1/statuses")) return createStatus(r);
    if (path.equals("/api/v1/accounts/verify_credentials")) {
      return json(200, """
          {"id":"%s","username":"jaanojunction","acct":"jaanojunction","display_name":"Jaano Junction"}""".formatted(ACCOUNT_ID));
    }
    if (r.method().equals("GET") && path.equals("/api/v1/accounts/" + ACCOUNT_ID + "/statuses")) return listStatuses(r);
    if (path.equals("/api/v2/instance")) {
      return json(200, """
          {"domain":"mastodon.example","configuration":{"statuses":{"max_characters":500,"characters_reserved_per_url":23}}}""");
    }
    return json(404, "{\"error\":\"Record not found\"}");
  }

  private synchronized MockResponse createStatus(Recorded r) {
    String key = r.header("Idempotency-Key");
    Instant now = clock.instant();
    Keyed earlier = key == null ? null : byIdempotencyKey.get(key);
    if (earlier != null && now.isBefore(earlier.at().plus(KEY_TTL))) return json(200, earlier.status().toString());
    String text = statusText(r);
    long id = ids.incrementAndGet();
    ObjectNode status = JSON.createObjectNode()
        .put("id", Long.toString(id))
        .put("created_at", now.toString())
        .put("uri", "https://mastodon.example/users/jj/statuses/" + id)
        .put("url", "https://mastodon.example/@jj/" + id)
        .put("visibility", "public")
        .put("content", html(text));
    status.putNull("card");
    status.putArray("media_attachments");
    timeline.add(status);
    if (key != null) byIdempotencyKey.put(key, new Keyed(status, now));
    return json(200, status.toString());
  }

  /**
   * A status the account already shows, made with {@code idempotencyKey} (null for none) now: an
   * earlier attempt whose answer was lost, or another install's post. Returns its URL.
   */
  public synchronized String existingStatus(String text, String idempotencyKey) {
    long id = ids.incrementAndGet();
    ObjectNode status = JSON.createObjectNode()
        .put("id", Long.toString(id))
        .put("created_at", clock.instant().toString())
        .put("url", "https://mastodon.example/@jj/" + id)
        .put("visibility", "public")
        .put("content", html(text));
    status.putNull("card");
    timeline.add(status);
    if (idempotencyKey != null) byIdempotencyKey.put(idempotencyKey, new Keyed(status, clock.instant()));
    return status.path("url").asText();
  }

  private MockResponse listStatuses(Recorded r) {
    HttpUrl url = HttpUrl.parse(baseUrl() + r.path());
    int limit = Math.min(40, Integer.parseInt(url.queryParameter("limit") == null ? "20" : url.queryParameter("limit")));
    ArrayNode page = JSON.createArrayNode();
    for (int i = timeline.size() - 1; i >= 0 && page.size() < limit; i--) page.add(timeline.get(i));
    return json(200, page.toString());
  }

  private static String statusText(Recorded r) {
    return r.fields().containsKey("status") ? r.fields().get("status") : FakeX.tree(r).path("status").asText();
  }

  /** As Mastodon renders a plain-text status: paragraphs, line breaks, and links as anchors with the full URL. */
  static String html(String text) {
    var out = new StringBuilder();
    for (String paragraph : text.strip().split("\\n\\s*\\n")) {
      out.append("<p>").append(links(escape(paragraph).replace("\n", "<br />"))).append("</p>");
    }
    return out.toString();
  }

  private static String links(String escaped) {
    Matcher m = URL.matcher(escaped);
    var out = new StringBuilder();
    while (m.find()) {
      String url = m.group();
      m.appendReplacement(out, Matcher.quoteReplacement("<a href=\"" + url + "\" target=\"_blank\" rel=\"nofollow noopener noreferrer\">"
          + "<span class=\"invisible\">" + url.substring(0, url.indexOf("//") + 2) + "</span><span class=\"\">"
          + url.substring(url.indexOf("//") + 2) + "</span></a>"));
    }
    return m.appendTail(out).toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** Status texts, one per create request (a re-send with a known key is one status, two requests). */
  public List<String> statuses() {
    return requests("POST", "/api/v1/statuses").stream().map(FakeMastodon::statusText).toList();
  }

  /** How many statuses the account shows. */
  public int distinctStatuses() {
    return timeline.size();
  }

  /** Each status's public URL and its rendered HTML, oldest first. */
  public Map<String, String> contentByUrl() {
    var byUrl = new LinkedHashMap<String, String>();
    timeline.forEach(s -> byUrl.put(s.path("url").asText(), s.path("content").asText()));
    return byUrl;
  }
}
