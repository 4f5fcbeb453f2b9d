package dev.herald.channel.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.card.Card;
import dev.herald.channel.Channel;
import dev.herald.channel.OutgoingPost;
import dev.herald.channel.PublishException;
import dev.herald.channel.Receipt;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Posts to one LinkedIn Company Page through the versioned REST API: the card is registered
 * ({@code /rest/images?action=initializeUpload}) and its bytes PUT to the upload URL LinkedIn
 * returns, then {@code /rest/posts} creates the post; its URN comes back in {@code x-restli-id}.
 */
final class LinkedInChannel implements Channel {

  private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

  private final String id;
  private final HttpUrl base;
  private final String organizationUrn;
  private final String organizationId;
  private final LinkedInHttp http;
  private final OkHttpClient uploads;

  LinkedInChannel(String id, HttpUrl base, String organizationId, String token, String version, OkHttpClient shared) {
    this.id = id;
    this.base = base;
    this.organizationId = organizationId;
    this.organizationUrn = "urn:li:organization:" + organizationId;
    OkHttpClient client = shared.newBuilder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
            .header("Authorization", "Bearer " + token)
            .header("LinkedIn-Version", version)
            .header("X-Restli-Protocol-Version", "2.0.0")
            .build()))
        .build();
    this.http = new LinkedInHttp(client);
    this.uploads = shared.newBuilder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("Authorization", "Bearer " + token).build()))
        .build();
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Receipt publish(OutgoingPost post) throws PublishException {
    ObjectNode body = LinkedInHttp.JSON.createObjectNode()
        .put("author", organizationUrn)
        .put("commentary", post.text())
        .put("visibility", "PUBLIC")
        .put("lifecycleState", "PUBLISHED")
        .put("isReshareDisabledByAuthor", false);
    body.putObject("distribution").put("feedDistribution", "MAIN_FEED")
        .<ObjectNode>set("targetEntities", LinkedInHttp.JSON.createArrayNode())
        .set("thirdPartyDistributionChannels", LinkedInHttp.JSON.createArrayNode());
    if (post.card() != null) {
      ObjectNode media = body.putObject("content").putObject("media").put("id", uploadImage(post.card()));
      if (post.card().altText() != null && !post.card().altText().isBlank()) media.put("altText", post.card().altText());
      if (post.headline() != null) media.put("title", post.headline());
    }
    var answer = http.call(new Request.Builder().url(endpoint("rest/posts"))
        .post(RequestBody.create(body.toString(), JSON_TYPE)).build(), true);
    String urn = answer.restliId();
    if (urn == null || urn.isBlank()) throw PublishException.inDoubt("LinkedIn accepted the post but named no x-restli-id", null);
    return new Receipt(urn, "https://www.linkedin.com/feed/update/" + urn);
  }

  private String uploadImage(Card card) throws PublishException {
    ObjectNode init = LinkedInHttp.JSON.createObjectNode();
    init.putObject("initializeUploadRequest").put("owner", organizationUrn);
    HttpUrl url = endpoint("rest/images").newBuilder().addQueryParameter("action", "initializeUpload").build();
    JsonNode value = http.call(new Request.Builder().url(url).post(RequestBody.create(init.toString(), JSON_TYPE)).build(), false)
        .body().path("value");
    String uploadUrl = value.path("uploadUrl").asText("");
    String image = value.path("image").asText("");
    HttpUrl upload = HttpUrl.parse(uploadUrl);
    if (upload == null || image.isBlank()) throw PublishException.retryable("LinkedIn image upload answer has no uploadUrl or image", null);
    new LinkedInHttp(uploads).call(new Request.Builder().url(upload)
        .put(RequestBody.create(card.bytes(), MediaType.get(card.mime()))).build(), false);
    return image;
  }

  @Override
  public String verify() throws PublishException {
    JsonNode org = http.call(new Request.Builder().url(endpoint("rest/organizations/" + organizationId)).get().build(), false).body();
    return org.path("localizedName").asText("?") + " (LinkedIn organization " + organizationId + ")";
  }

  private HttpUrl endpoint(String path) {
    return base.newBuilder().addPathSegments(path).build();
  }
}
