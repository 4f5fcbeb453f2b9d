package dev.herald.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;

/**
 * A Bluesky PDS on loopback that keeps its repository: sessions, blobs, and post records by rkey for
 * good (a second create under a taken key is refused, getRecord reads a record back or answers
 * RecordNotFound), as a real PDS does.
 */
public final class FakeBluesky extends FakeApi {

  public static final String DID = "did:plc:jaanojunction0000000000";
  public static final String HANDLE = "jaanojunction.bsky.social";
  private final Map<String, JsonNode> records = new ConcurrentHashMap<>();

  @Override
  protected MockResponse answer(Recorded r) {
    String path = r.path().replaceFirst("\\?.*", "");
    return switch (path) {
      case "/xrpc/com.atproto.server.createSession", "/xrpc/com.atproto.server.refreshSession" -> json(200, """
          {"did":"%s","handle":"%s","accessJwt":"access.jwt.fake","refreshJwt":"refresh.jwt.fake",
           "active":true}""".formatted(DID, HANDLE));
      case "/xrpc/com.atproto.server.getSession" -> json(200, """
          {"handle":"%s","did":"%s","email":"desk@jaanojunction.com","emailConfirmed":true,
           "active":true}""".formatted(HANDLE, DID));
      case "/xrpc/com.atproto.repo.uploadBlob" -> json(200, """
          {"blob":{"$type":"blob","ref":{"$link":"bafkreibme22gw2h7y2h7tg2fhqotaqjucnbc24deqo72b6mkl2egezxhvy"},
           "mimeType":"image/jpeg","size":%d}}""".formatted(r.body().length));
      case "/xrpc/com.atproto.repo.createRecord" -> createRecord(r);
      case "/xrpc/com.atproto.repo.getRecord" -> getRecord(HttpUrl.parse(baseUrl() + r.path()).queryParameter("rkey"));
      default -> json(404, "{\"error\":\"MethodNotImplemented\",\"message\":\"Method Not Implemented\"}");
    };
  }

  private MockResponse createRecord(Recorded r) {
    JsonNode create = FakeX.tree(r);
    String rkey = create.path("rkey").asText();
    if (records.putIfAbsent(rkey, create.path("record")) != null) {
      return json(400, "{\"error\":\"InvalidRequest\",\"message\":\"Record already exists\"}");
    }
    return json(200, """
        {"uri":"%s","cid":"bafyreig2fjxi3rptqdgylg7e5hmjl6mcke7rn2b6cugzlqq3i4zu6rq52q",
         "commit":{"cid":"bafyreif","rev":"3l"},"validationStatus":"valid"}""".formatted(uri(rkey)));
  }

  private MockResponse getRecord(String rkey) {
    JsonNode record = rkey == null ? null : records.get(rkey);
    if (record == null) {
      return json(400, "{\"error\":\"RecordNotFound\",\"message\":\"Could not locate record: " + uri(rkey) + "\"}");
    }
    return json(200, """
        {"uri":"%s","cid":"bafyreig2fjxi3rptqdgylg7e5hmjl6mcke7rn2b6cugzlqq3i4zu6rq52q","value":%s}""".formatted(uri(rkey), record));
  }

  private static String uri(String rkey) {
    return "at://" + DID + "/app.bsky.feed.post/" + rkey;
  }

  /** Every createRecord request, refused ones included. */
  public List<JsonNode> records() {
    return requests("POST", "/xrpc/com.atproto.repo.createRecord").stream().map(FakeX::tree).toList();
  }

  /** How many post records the repository holds. */
  public int distinctRecords() {
    return records.size();
  }

  /** A post record already under {@code rkey}: an earlier attempt whose answer was lost, or another install's post. */
  public void recordExists(String rkey, String text, String link) {
    var record = FakeX.JSON_MAPPER.createObjectNode().put("$type", "app.bsky.feed.post").put("text", text)
        .put("createdAt", "2026-11-27T05:00:00.000Z");
    if (link != null) {
      record.putObject("embed").put("$type", "app.bsky.embed.external").putObject("external").put("uri", link)
          .put("title", "").put("description", "");
    }
    records.put(rkey, record);
  }

  public static String postUrl(String rkey) {
    return "https://bsky.app/profile/" + HANDLE + "/post/" + rkey;
  }

  /** The record under {@code rkey}, or null. */
  public JsonNode record(String rkey) {
    return records.get(rkey);
  }
}
