package dev.herald.channel.linkedin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.channel.NetworkFailures;
import dev.herald.channel.PublishException;
import dev.herald.config.Secrets;
import java.io.IOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Runs one LinkedIn REST call and classifies its failure: 401/403 the token or its permission
 * (pause), 426 the {@code LinkedIn-Version} is retired (config), 429/5xx wait, other 4xx refuse
 * the post. A call that may have created a post reports a lost answer in doubt.
 */
final class LinkedInHttp {

  static final ObjectMapper JSON = new ObjectMapper();

  private final OkHttpClient http;

  LinkedInHttp(OkHttpClient http) {
    this.http = http;
  }

  record Answer(int status, JsonNode body, String restliId) {}

  Answer call(Request request, boolean publishing) throws PublishException {
    String what = request.method() + " " + request.url().encodedPath();
    String body;
    Response response;
    try (Response r = http.newCall(request).execute()) {
      response = r;
      body = r.body() == null ? "" : r.body().string();
    } catch (IOException e) {
      String text = Secrets.redact("LinkedIn " + what + " failed: " + e);
      if (publishing && !NetworkFailures.neverSent(e)) {
        throw PublishException.inDoubt(text + " (the request went out; the post may exist)", null);
      }
      throw new PublishException(PublishException.Kind.RETRYABLE, text, null, null);
    }
    if (!response.isSuccessful()) throw failure(what, response, body);
    return new Answer(response.code(), parse(body), response.header("x-restli-id"));
  }

  private static JsonNode parse(String body) {
    if (body.isBlank()) return JSON.createObjectNode();
    try {
      JsonNode node = JSON.readTree(body);
      return node == null ? JSON.createObjectNode() : node;
    } catch (JsonProcessingException e) {
      return JSON.createObjectNode();
    }
  }

  private static PublishException failure(String what, Response response, String body) {
    int status = response.code();
    JsonNode error = parse(body);
    String code = error.path("code").asText("");
    String detail = error.path("message").asText(body.length() > 200 ? body.substring(0, 200) + "…" : body.strip());
    String text = Secrets.redact("LinkedIn " + what + " answered " + status + (code.isEmpty() ? "" : " " + code) + ": " + detail);
    if (status == 426 || code.equals("NONEXISTENT_VERSION") || code.equals("VERSION_MISSING")) {
      return new PublishException(PublishException.Kind.CONFIG,
          text + " (the configured LinkedIn-Version is retired: set the channel's version to a current YYYYMM)");
    }
    if (status == 401 || status == 403) return PublishException.auth(text);
    if (status == 429) return PublishException.retryable(text, retryAfter(response.header("Retry-After")));
    if (status >= 500 || status == 408) return PublishException.retryable(text, null);
    if (status == 404) return new PublishException(PublishException.Kind.CONFIG, text);
    return PublishException.permanent(text);
  }

  private static Duration retryAfter(String header) {
    if (header == null) return Duration.ofMinutes(15);
    try {
      return Duration.ofSeconds(Long.parseLong(header.strip()));
    } catch (NumberFormatException e) {
      return Duration.ofMinutes(15);
    }
  }
}
