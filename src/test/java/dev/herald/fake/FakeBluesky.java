package dev.herald.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.mockwebserver.MockResponse;

/** A Bluesky PDS on loopback: sessions, blobs, and post records keyed by rkey (a second create of one key is refused). */
public final class FakeBluesky extends FakeApi {

  public static final String DID = "did:plc:jaanojunction0000000000";
  private final Set<String> rkeys = ConcurrentHashMap.newKeySet();

  @Override
  protected MockResponse answer(Recorded r) {
    String path = r.path().replaceFirst("\\?.*", "");
    return switch (path) {
      case "/xrpc/com.atproto.server.createSession", "/xrpc/com.atproto.server.refreshSession" -> json(200, """
          {"did":"%s","handle":"jaanojunction.bsky.social","accessJwt":"access.jwt.fake","refreshJwt":"refresh.jwt.fake",
           "active":true}""".formatted(DID));
      case "/xrpc/com.atproto.server.getSession" -> json(200, """
          {"handle":"jaanojunction.bsky.social","did":"%s","email":"desk@jaanojunction.com","emailConfirmed":true,
           "active":true}""".formatted(DID));
      case "/xrpc/com.atproto.repo.uploadBlob" -> json(200, """
          {"blob":{"$type":"blob","ref":{"$link":"bafkreibme22gw2h7y2h7tg2fhqotaqjucnbc24deqo72b6mkl2egezxhvy"},
           "mimeType":"image/jpeg","size":%d}}""".formatted(r.body().length));
      case "/xrpc/com.atproto.repo.createRecord" -> createRecord(r);
      default -> json(404, "{\"error\":\"MethodNotImplemented\",\"message\":\"Method Not Implemented\"}");
    };
  }

  private MockResponse createRecord(Recorded r) {
    String rkey = FakeX.tree(r).path("rkey").asText();
    if (!rkeys.add(rkey)) {
      return json(400, "{\"error\":\"InvalidRequest\",\"message\":\"Record already exists\"}");
    }
    return json(200, """
        {"uri":"at://%s/app.bsky.feed.post/%s","cid":"bafyreig2fjxi3rptqdgylg7e5hmjl6mcke7rn2b6cugzlqq3i4zu6rq52q",
         "commit":{"cid":"bafyreif","rev":"3l"},"validationStatus":"valid"}""".formatted(DID, rkey));
  }

  public List<JsonNode> records() {
    return requests("POST", "/xrpc/com.atproto.repo.createRecord").stream().map(FakeX::tree).toList();
  }

  public int distinctRecords() {
    return rkeys.size();
  }
}
