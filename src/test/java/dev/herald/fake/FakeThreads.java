package dev.herald.fake;

import java.util.Map;
import okhttp3.mockwebserver.MockResponse;

/** A Threads profile on graph.threads.net: threads containers, threads_publish, quota and token refresh. */
public final class FakeThreads extends FakeContainers {

  public static final String USER_ID = "1234567890";
  public static final String REFRESHED_TOKEN = "THQWJ-refreshed-token-SECRET-55aa";

  private final String token;

  public FakeThreads(String token) {
    super("v1.0", token, USER_ID, "threads", "threads_publish", "status", "error_message", "text",
        "threads_publishing_limit", 250);
    this.token = token;
  }

  @Override
  protected MockResponse unversioned(Recorded r, String path) {
    if (!path.equals("/refresh_access_token")) return null;
    String given = field(r, "access_token");
    if (!"th_refresh_token".equals(field(r, "grant_type")) || !(token.equals(given) || REFRESHED_TOKEN.equals(given))) {
      return graphError(400, 190, 0, "OAuthException", "Invalid OAuth access token - Cannot parse access token");
    }
    accept(REFRESHED_TOKEN);
    return json(200, "{\"access_token\":\"%s\",\"token_type\":\"bearer\",\"expires_in\":5183944}".formatted(REFRESHED_TOKEN));
  }

  @Override
  protected String permalink(String mediaId) {
    return "https://www.threads.net/@jaanojunction/post/D" + mediaId.substring(mediaId.length() - 8);
  }

  @Override
  protected String account() {
    return "{\"id\":\"" + USER_ID + "\",\"username\":\"jaanojunction\"}";
  }

  @Override
  protected MockResponse refuse(Map<String, String> fields) {
    String type = fields.get("media_type");
    if (!"IMAGE".equals(type) && !"TEXT".equals(type)) {
      return graphError(400, 100, 0, "THApiException", "Param media_type must be one of {TEXT, IMAGE, VIDEO, CAROUSEL}");
    }
    if ("IMAGE".equals(type) && fields.get("image_url") == null) {
      return graphError(400, 100, 0, "THApiException", "Param image_url is required for IMAGE");
    }
    String text = fields.getOrDefault("text", "");
    if (text.codePointCount(0, text.length()) > 500) {
      return graphError(400, 100, 4279009, "THApiException", "Param text must be at most 500 characters long.");
    }
    return null;
  }
}
