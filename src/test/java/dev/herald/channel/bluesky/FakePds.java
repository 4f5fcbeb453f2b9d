package dev.herald.channel.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A PDS on MockWebServer that answers like bsky.social: sessions with rotating tokens, ExpiredToken
 * for a stale access token, blobs, records keyed by rkey (500 on a duplicate key, as deployed PDSes
 * do). {@link #override} queues canned answers for one method ahead of the normal behaviour.
 */
final class FakePds extends Dispatcher {

  static final String PASSWORD = "abcd-efgh-ijkl-mnop";
  static final String DID = "did:plc:jaanojunction7x2k4m";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Deque<MockResponse>> overrides = new ConcurrentHashMap<>();
  private final Map<String, Integer> calls = new ConcurrentHashMap<>();
  private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, JsonNode> records = new ConcurrentHashMap<>();
  private int generation;
  private volatile String validAccess;
  private volatile String validRefresh;
  volatile boolean refreshWorks = true;

  static String fixture(String name) {
    try (var in = FakePds.class.getResourceAsStream("/channel/bluesky/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void override(String method, MockResponse response) {
    overrides.computeIfAbsent(method, m -> new ArrayDeque<>()).add(response);
  }

  /** The access token handed out so far stops working; the refresh token still does. */
  void expireAccessToken() {
    validAccess = null;
  }

  int calls(String method) {
    return calls.getOrDefault(method, 0);
  }

  List<RecordedRequest> requests(String method) {
    synchronized (requests) {
      return requests.stream().filter(r -> method(r).equals(method)).toList();
    }
  }

  @Override
  public synchronized MockResponse dispatch(RecordedRequest request) {
    String method = method(request);
    requests.add(request);
    calls.merge(method, 1, Integer::sum);
    var queued = overrides.get(method);
    if (queued != null && !queued.isEmpty()) return queued.poll();
    return switch (method) {
      case "com.atproto.server.createSession" -> createSession(request);
      case "com.atproto.server.refreshSession" -> refreshSession(request);
      default -> bearer(request).equals(validAccess) ? authorized(method, request) : json(400, fixture("error-expired-token.json"));
    };
  }

  private MockResponse createSession(RecordedRequest request) {
    JsonNode body = read(request.getBody().clone().readUtf8());
    if (!PASSWORD.equals(body.path("password").asText())) return json(401, fixture("error-wrong-password.json"));
    return newSession();
  }

  private MockResponse refreshSession(RecordedRequest request) {
    if (!refreshWorks || !bearer(request).equals(validRefresh)) return json(400, fixture("error-expired-token.json"));
    return newSession();
  }

  private MockResponse newSession() {
    generation++;
    validAccess = "access-" + generation;
    validRefresh = "refresh-" + generation;
    return json(200, fixture("session-created.json").replace("ACCESS", validAccess).replace("REFRESH", validRefresh));
  }

  private MockResponse authorized(String method, RecordedRequest request) {
    return switch (method) {
      case "com.atproto.repo.uploadBlob" -> json(200, fixture("blob-uploaded.json")
          .replace("MIME", request.getHeader("Content-Type")).replace("SIZE", String.valueOf(request.getBodySize())));
      case "com.atproto.repo.createRecord" -> createRecord(request);
      case "com.atproto.repo.getRecord" -> getRecord(request.getRequestUrl().queryParameter("rkey"));
      case "com.atproto.server.getSession" -> json(200, fixture("get-session.json"));
      default -> json(501, "{\"error\":\"MethodNotImplemented\",\"message\":\"Method Not Implemented\"}");
    };
  }

  private MockResponse createRecord(RecordedRequest request) {
    JsonNode create = read(request.getBody().clone().readUtf8());
    String rkey = create.path("rkey").asText();
    if (records.putIfAbsent(rkey, create.path("record")) != null) return json(500, fixture("error-internal.json"));
    return json(200, fixture("record-created.json").replace("URI", uri(rkey)));
  }

  private MockResponse getRecord(String rkey) {
    JsonNode value = rkey == null ? null : records.get(rkey);
    if (value == null) return json(400, fixture("error-record-not-found.json"));
    var found = (com.fasterxml.jackson.databind.node.ObjectNode) read(fixture("record-found.json").replace("URI", uri(rkey)));
    found.set("value", value);
    return json(200, found.toString());
  }

  /** A record someone else made under {@code rkey} (another install on the same account). */
  void recordExists(String rkey, String text) {
    records.put(rkey, JSON.createObjectNode().put("$type", "app.bsky.feed.post").put("text", text)
        .put("createdAt", "2026-11-01T09:00:00.000Z"));
  }

  static JsonNode body(RecordedRequest request) {
    return read(request.getBody().clone().readUtf8());
  }

  private static String uri(String rkey) {
    return "at://" + DID + "/app.bsky.feed.post/" + rkey;
  }

  private static String method(RecordedRequest request) {
    return request.getRequestUrl().pathSegments().get(1);
  }

  private static String bearer(RecordedRequest request) {
    String header = request.getHeader("Authorization");
    return header == null ? "" : header.substring("Bearer ".length());
  }

  static MockResponse json(int code, String body) {
    return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json; charset=utf-8").setBody(body);
  }

  private static JsonNode read(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
