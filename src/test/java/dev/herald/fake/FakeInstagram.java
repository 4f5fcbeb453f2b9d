package dev.herald.fake;

import java.util.Map;
import okhttp3.mockwebserver.MockResponse;

/** An Instagram Business account on the Graph API: media containers, media_publish, content_publishing_limit. */
public final class FakeInstagram extends FakeContainers {

  public static final String IG_USER_ID = "17841400000000000";

  public FakeInstagram(String token) {
    super("v25.0", token, IG_USER_ID, "media", "media_publish", "status_code", "status", "caption",
        "content_publishing_limit", 100);
  }

  @Override
  protected String permalink(String mediaId) {
    return "https://www.instagram.com/p/C" + mediaId.substring(mediaId.length() - 8) + "/";
  }

  @Override
  protected String account() {
    return "{\"id\":\"" + IG_USER_ID + "\",\"username\":\"jaanojunction\"}";
  }

  @Override
  protected MockResponse refuse(Map<String, String> fields) {
    if (fields.get("image_url") == null) {
      return graphError(400, 100, 0, "OAuthException", "(#100) The parameter image_url is required");
    }
    String caption = fields.getOrDefault("caption", "");
    if (caption.length() > 2200) return graphError(400, 100, 2207010, "OAuthException", "The caption is too long");
    if (caption.split("(?<![\\p{L}\\p{M}\\p{Nd}_])#[\\p{L}\\p{M}\\p{Nd}_]+", -1).length - 1 > 30) {
      return graphError(400, 100, 2207010, "OAuthException", "The caption has more than 30 hashtags");
    }
    return null;
  }
}
