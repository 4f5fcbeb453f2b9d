package dev.herald.channel.x;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.channel.Lookup;
import dev.herald.channel.OutgoingPost;
import dev.herald.channel.PublishException;
import dev.herald.channel.Receipt;
import dev.herald.channel.SamePost;
import java.io.IOException;
import java.time.Clock;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Looks for a post whose answer was lost among the account's newest tweets ({@code reconcile: true};
 * X bills these reads), matched by the article link X expanded from its t.co form. X has no
 * idempotency key, so a post not found is never called absent: a person decides.
 */
final class XTimeline {

  static final int PAGE = 20;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final XSettings settings;
  private final OkHttpClient http;
  private final OAuthSigner signer;
  private final Clock clock;
  private volatile String userId;

  XTimeline(XSettings settings, OkHttpClient http, OAuthSigner signer, Clock clock) {
    this.settings = settings;
    this.http = http;
    this.signer = signer;
    this.clock = clock;
  }

  Lookup lookup(OutgoingPost post) throws PublishException {
    HttpUrl url = HttpUrl.get(settings.apiBaseUrl() + "/2/users/" + userId() + "/tweets").newBuilder()
        .addQueryParameter("max_results", Integer.toString(PAGE))
        .addQueryParameter("tweet.fields", "entities,created_at")
        .build();
    JsonNode tweets = get(url).path("data");
    for (JsonNode tweet : tweets) {
      for (JsonNode link : tweet.path("entities").path("urls")) {
        if (SamePost.sameLink(link.path("expanded_url").asText(null), post.link())) {
          String id = tweet.path("id").asText();
          String at = "https://x.com/i/web/status/" + id;
          return Lookup.found(new Receipt(id, at), "found on X at " + at);
        }
      }
    }
    return Lookup.unknown("not among the account's " + tweets.size() + " newest tweets, and X has no idempotency key to re-send safely");
  }

  private String userId() throws PublishException {
    if (userId == null) {
      String id = get(HttpUrl.get(settings.apiBaseUrl() + "/2/users/me")).path("data").path("id").asText("");
      if (!id.matches("\\d{1,19}")) throw PublishException.retryable("X answered /2/users/me without a user id", null);
      userId = id;
    }
    return userId;
  }

  private JsonNode get(HttpUrl url) throws PublishException {
    var request = new Request.Builder().url(url).header("Authorization", signer.header("GET", url.toString())).get().build();
    try (var response = http.newCall(request).execute()) {
      String text = response.body() == null ? "" : response.body().string();
      if (!response.isSuccessful()) {
        throw XErrors.classify(response.code(), XErrors.describe(text), response.header("x-rate-limit-reset"), clock, null);
      }
      JsonNode body = JSON.readTree(text);
      if (body == null || !body.isObject()) throw new IOException("X answered " + url.encodedPath() + " with no JSON object");
      return body;
    } catch (IOException e) {
      throw XErrors.io(e);
    }
  }
}
