package dev.herald.channel.mastodon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.channel.PublishException;
import dev.herald.config.Secrets;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Runs one Mastodon API call and turns every failure into a classified {@link PublishException}. */
final class MastodonHttp {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final OkHttpClient http;
  private final Clock clock;

  MastodonHttp(OkHttpClient http, Clock clock) {
    this.http = http;
    this.clock = clock;
  }

  /** The answer's status and JSON object body; only 2xx answers come back, the rest throw. */
  Answer call(Request request) throws PublishException {
    return execute(request, false);
  }

  /** The JSON array a listing (statuses, notifications) answers; non-2xx answers throw. */
  JsonNode callForArray(Request request) throws PublishException {
    return execute(request, true).body();
  }

  private Answer execute(Request request, boolean array) throws PublishException {
    String what = request.method() + " " + request.url().encodedPath();
    try (Response response = http.newCall(request).execute()) {
      String body = response.body() == null ? "" : response.body().string();
      if (!response.isSuccessful()) throw failure(what, response, body);
      return new Answer(response.code(), parse(what, body, array));
    } catch (IOException e) {
      throw new PublishException(PublishException.Kind.RETRYABLE,
          Secrets.redact("Mastodon " + what + " failed: " + e), null, null);
    }
  }

  record Answer(int status, JsonNode body) {}

  private static JsonNode parse(String what, String body, boolean array) throws PublishException {
    JsonNode node = null;
    try {
      node = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      // reported below together with an empty body
    }
    if (node == null || (array ? !node.isArray() : !node.isObject())) {
      throw PublishException.retryable("Mastodon " + what + " answered malformed JSON", null);
    }
    return node;
  }

  private PublishException failure(String what, Response response, String body) {
    int code = response.code();
    String message = Secrets.redact("Mastodon " + what + " answered " + code + ": " + errorText(body));
    if (code == 401 || code == 403) return PublishException.auth(message);
    if (code == 429) return PublishException.retryable(message, retryAfter(response.header("X-RateLimit-Reset")));
    if (code >= 500 || code == 408) return PublishException.retryable(message, null);
    if (code == 404) return new PublishException(PublishException.Kind.CONFIG, message);
    return PublishException.permanent(message);
  }

  private Duration retryAfter(String reset) {
    if (reset == null) return null;
    try {
      Duration wait = Duration.between(clock.instant(), Instant.parse(reset.trim()));
      return wait.isNegative() ? Duration.ZERO : wait;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Mastodon's own words ({@code {"error": "..."}}), else the start of the body. */
  static String errorText(String body) {
    try {
      JsonNode node = JSON.readTree(body);
      if (node != null && node.hasNonNull("error")) return node.get("error").asText();
    } catch (JsonProcessingException ignored) {
      // Proxies answer HTML error pages; fall through to the raw text.
    }
    String trimmed = body.strip();
    return trimmed.length() > 200 ? trimmed.substring(0, 200) + "…" : trimmed;
  }

  static ObjectMapper json() {
    return JSON;
  }
}
