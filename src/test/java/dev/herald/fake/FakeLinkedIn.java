package dev.herald.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.mockwebserver.MockResponse;

/**
 * LinkedIn's versioned REST API on loopback: image upload registration, the upload itself, posts
 * (URN in {@code x-restli-id}), the organization. Checks the token, {@code LinkedIn-Version}
 * (426 NONEXISTENT_VERSION for a retired one) and {@code X-Restli-Protocol-Version}.
 */
public final class FakeLinkedIn extends FakeApi {

  public static final String ORGANIZATION_ID = "12345678";
  public static final Set<String> ACTIVE_VERSIONS = Set.of("202511", "202510");

  private final String token;
  private final AtomicLong ids = new AtomicLong(7300000000000000000L);
  private final Set<String> uploaded = ConcurrentHashMap.newKeySet();

  public FakeLinkedIn(String token) {
    this.token = token;
  }

  @Override
  protected MockResponse answer(Recorded r) {
    String path = r.path().replaceFirst("\\?.*", "");
    if (!("Bearer " + token).equals(r.header("Authorization"))) {
      return error(401, "EXPIRED_ACCESS_TOKEN", "The token used in the request has expired");
    }
    if (r.method().equals("PUT") && path.startsWith("/dms-uploads/")) {
      uploaded.add(path.substring("/dms-uploads/".length()));
      return new MockResponse().setResponseCode(201);
    }
    String version = r.header("LinkedIn-Version");
    if (version == null) return error(400, "VERSION_MISSING", "A version must be present. Please specify a version by adding the LinkedIn-Version header.");
    if (!ACTIVE_VERSIONS.contains(version)) return error(426, "NONEXISTENT_VERSION", "Requested version " + version + " is not active");
    if (!"2.0.0".equals(r.header("X-Restli-Protocol-Version"))) return error(400, "ILLEGAL_ARGUMENT", "Restli protocol 2.0.0 required");
    if (r.method().equals("POST") && path.equals("/rest/images") && r.path().contains("action=initializeUpload")) {
      String owner = FakeX.tree(r).path("initializeUploadRequest").path("owner").asText();
      if (!owner.equals("urn:li:organization:" + ORGANIZATION_ID)) return error(403, "ACCESS_DENIED", "Not enough permissions to access: owner");
      long image = ids.incrementAndGet();
      return json(200, """
          {"value":{"uploadUrlExpiresAt":1767225600000,"uploadUrl":"%s/dms-uploads/C4E%d","image":"urn:li:image:C4E%2$d"}}"""
          .formatted(baseUrl(), image));
    }
    if (r.method().equals("POST") && path.equals("/rest/posts")) {
      JsonNode post = FakeX.tree(r);
      if (!post.path("author").asText().equals("urn:li:organization:" + ORGANIZATION_ID)) {
        return error(403, "ACCESS_DENIED", "Not enough permissions to access: partnerApiPostsExternal.CREATE");
      }
      String image = post.path("content").path("media").path("id").asText(null);
      if (image != null && !uploaded.contains(image.replace("urn:li:image:", ""))) {
        return error(422, "UNPROCESSABLE_ENTITY", "Image " + image + " has not been uploaded");
      }
      return new MockResponse().setResponseCode(201).setHeader("x-restli-id", "urn:li:share:" + ids.incrementAndGet());
    }
    if (r.method().equals("GET") && path.equals("/rest/organizations/" + ORGANIZATION_ID)) {
      return json(200, "{\"id\":%s,\"localizedName\":\"Jaano Junction\",\"vanityName\":\"jaanojunction\"}".formatted(ORGANIZATION_ID));
    }
    return error(404, "NOT_FOUND", "No resource found for " + path);
  }

  /** An error as LinkedIn's REST API writes one. */
  public static MockResponse error(int status, String code, String message) {
    return json(status, "{\"status\":%d,\"code\":\"%s\",\"message\":\"%s\"}".formatted(status, code, message));
  }

  /** The JSON bodies of the created posts, in order. */
  public List<JsonNode> posts() {
    return requests("POST", "/rest/posts").stream().map(FakeX::tree).toList();
  }

  public List<String> commentaries() {
    return posts().stream().map(p -> p.path("commentary").asText()).toList();
  }
}
