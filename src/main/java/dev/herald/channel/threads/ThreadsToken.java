package dev.herald.channel.threads;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.channel.PublishException;
import dev.herald.config.Secrets;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Refreshes a long-lived Threads token ({@code GET /refresh_access_token?grant_type=th_refresh_token}):
 * the answer is a new 60-day token. Threads takes the token only in the query string here, so the
 * URL never reaches a message; old and new token are both registered secrets.
 */
public final class ThreadsToken {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A refreshed token and when it expires. */
  public record Refreshed(String accessToken, Instant expiresAt) {}

  private final HttpUrl base;
  private final OkHttpClient http;
  private final Clock clock;

  ThreadsToken(HttpUrl base, OkHttpClient http, Clock clock) {
    this.base = base;
    this.http = http;
    this.clock = clock;
  }

  /** Tokens younger than a day, or expired ones, cannot be refreshed: Threads answers an error. */
  public Refreshed refresh(String token) throws PublishException {
    HttpUrl url = base.newBuilder().addPathSegment("refresh_access_token")
        .addQueryParameter("grant_type", "th_refresh_token").addQueryParameter("access_token", token).build();
    try (Response response = http.newCall(new Request.Builder().url(url).get().build()).execute()) {
      String body = response.body() == null ? "" : response.body().string();
      JsonNode answer = JSON.readTree(body.isBlank() ? "{}" : body);
      if (!response.isSuccessful() || !answer.hasNonNull("access_token")) {
        String message = Secrets.redact("Threads token refresh answered " + response.code() + ": "
            + answer.path("error").path("message").asText(body));
        throw response.code() >= 500 ? PublishException.retryable(message, null) : PublishException.auth(message);
      }
      String fresh = answer.get("access_token").asText();
      Secrets.register(fresh);
      return new Refreshed(fresh, clock.instant().plusSeconds(answer.path("expires_in").asLong(0)));
    } catch (IOException e) {
      throw PublishException.retryable(Secrets.redact("Threads token refresh failed: " + e.getClass().getSimpleName()), null);
    }
  }
}
