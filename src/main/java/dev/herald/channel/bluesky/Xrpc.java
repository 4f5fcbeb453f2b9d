package dev.herald.channel.bluesky;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.herald.channel.PublishException;
import dev.herald.channel.PublishException.Kind;
import dev.herald.config.Secrets;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Calls XRPC methods on a PDS. Transport failures and malformed success bodies throw RETRYABLE;
 * error statuses come back as a {@link Reply} so the session can react to an expired token before
 * {@link #failure} classifies what is left.
 */
final class Xrpc {

  static final ObjectMapper JSON = new ObjectMapper();
  static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

  private final OkHttpClient http;
  private final HttpUrl base;
  private final Clock clock;

  Xrpc(OkHttpClient http, HttpUrl base, Clock clock) {
    this.http = http;
    this.base = base;
    this.clock = clock;
  }

  record Reply(int status, JsonNode body, String rateLimitReset) {

    boolean ok() {
      return status >= 200 && status < 300;
    }

    String error() {
      return body.path("error").asText("");
    }

    String message() {
      return body.path("message").asText("");
    }

    /** The PDS says the access (or refresh) token is no longer good: 400 ExpiredToken, or 401. */
    boolean tokenRejected() {
      return status == 401 || (status == 400 && (error().equals("ExpiredToken") || error().equals("InvalidToken")));
    }
  }

  Reply post(String method, String bearer, JsonNode body) throws PublishException {
    return post(method, bearer, RequestBody.create(json(body), JSON_TYPE));
  }

  Reply post(String method, String bearer, RequestBody body) throws PublishException {
    return execute(method, bearer, new Request.Builder().url(url(method, Map.of())).post(body));
  }

  Reply get(String method, String bearer, Map<String, String> query) throws PublishException {
    return execute(method, bearer, new Request.Builder().url(url(method, query)).get());
  }

  private Reply execute(String method, String bearer, Request.Builder request) throws PublishException {
    if (bearer != null) request.header("Authorization", "Bearer " + bearer);
    try (Response response = http.newCall(request.build()).execute()) {
      String text = response.body() == null ? "" : response.body().string();
      JsonNode body = parse(text);
      if (response.isSuccessful() && !body.isObject()) {
        throw PublishException.retryable("Bluesky " + method + " answered malformed JSON", null);
      }
      return new Reply(response.code(), body, response.header("ratelimit-reset"));
    } catch (IOException e) {
      throw new PublishException(Kind.RETRYABLE, Secrets.redact("Bluesky " + method + " failed: " + e), null, null);
    }
  }

  /** Classifies an unsuccessful reply that no token refresh can fix. */
  PublishException failure(String method, Reply reply) {
    int status = reply.status();
    String said = reply.error().isEmpty() ? "" : ": " + reply.error() + (reply.message().isEmpty() ? "" : " (" + reply.message() + ")");
    String message = Secrets.redact("Bluesky " + method + " answered " + status + said);
    if (status == 401 || status == 403 || reply.tokenRejected()) return PublishException.auth(message);
    if (status == 429) return PublishException.retryable(message, retryAfter(reply.rateLimitReset()));
    if (status >= 500 || status == 408) return PublishException.retryable(message, null);
    if (status == 404) return new PublishException(Kind.CONFIG, message + "; is apiBaseUrl a PDS?");
    return PublishException.permanent(message);
  }

  private Duration retryAfter(String epochSeconds) {
    if (epochSeconds == null) return null;
    try {
      Duration wait = Duration.between(clock.instant(), Instant.ofEpochSecond(Long.parseLong(epochSeconds.strip())));
      return wait.isNegative() ? Duration.ZERO : wait;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private HttpUrl url(String method, Map<String, String> query) {
    var url = base.newBuilder().addPathSegment("xrpc").addPathSegment(method);
    query.forEach(url::addQueryParameter);
    return url.build();
  }

  private static JsonNode parse(String text) {
    try {
      JsonNode node = JSON.readTree(text);
      return node == null ? MissingNode.getInstance() : node;
    } catch (JsonProcessingException e) {
      return MissingNode.getInstance();
    }
  }

  static byte[] json(JsonNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JsonNode always serializes", e);
    }
  }
}
