package dev.herald.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.pipeline.StatusJson;
import dev.herald.pipeline.StatusReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The CLI's line to a running daemon on this machine: its admin API, with the run's CLI token. Its own
 * OkHttp client, not the shared one: the shared client is for the outside world and refuses loopback.
 */
final class DaemonClient {

  private static final ObjectMapper JSON = StatusJson.mapper().copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  // Plain HTTP on loopback only: without a TLS connection spec OkHttp never builds its TLS context, which is
  // a fifth of a second of a short command (the trust store, the TLS provider) spent for nothing.
  private static final OkHttpClient HTTP = new OkHttpClient.Builder().connectionSpecs(List.of(ConnectionSpec.CLEARTEXT))
      .connectTimeout(Duration.ofSeconds(3)).callTimeout(Duration.ofSeconds(30)).retryOnConnectionFailure(false).build();

  /** The daemon did not answer at all: nothing was asked of it. */
  static final class Unreachable extends IOException {
    Unreachable(String message, IOException cause) {
      super(message, cause);
    }
  }

  record Reply(int code, JsonNode json) {}

  private final RunFile run;

  DaemonClient(RunFile run) {
    this.run = run;
  }

  /** Loads and builds the client's HTTP and JSON machinery (its static state); {@link StoreWarmUp} calls it. */
  static void warmUp() {
    HTTP.dispatcher();
  }

  RunFile run() {
    return run;
  }

  StatusReport status(int limit) throws Unreachable {
    Reply reply = call("GET", "/api/status", Map.of("limit", Integer.toString(limit)));
    if (reply.code() != 200) throw new IllegalStateException("the running daemon answered " + reply.code() + ": " + reply.json().path("title").asText(reply.json().path("error").asText()));
    try {
      return JSON.treeToValue(reply.json(), StatusReport.class);
    } catch (IOException e) {
      throw new UncheckedIOException("the running daemon's status is not a status report", e);
    }
  }

  Reply get(String path) throws Unreachable {
    return call("GET", path, Map.of());
  }

  Reply post(String path, Map<String, String> query) throws Unreachable {
    return call("POST", path, query);
  }

  private Reply call(String method, String path, Map<String, String> query) throws Unreachable {
    HttpUrl base = HttpUrl.get(run.url());
    HttpUrl.Builder url = base.newBuilder().encodedPath(path);
    query.forEach(url::addQueryParameter);
    var request = new Request.Builder().url(url.build()).header("Authorization", "Bearer " + run.token())
        .header("Accept", "application/json")
        .method(method, method.equals("POST") ? RequestBody.create(new byte[0]) : null).build();
    try (Response response = HTTP.newCall(request).execute()) {
      String body = response.body() == null ? "" : response.body().string();
      JsonNode json = body.isBlank() ? JSON.createObjectNode() : readOrEmpty(body);
      return new Reply(response.code(), json);
    } catch (IOException e) {
      throw new Unreachable("`run` (pid " + run.pid() + ") holds the store but its admin API at " + run.url()
          + " does not answer: " + e.getMessage(), e);
    }
  }

  private static JsonNode readOrEmpty(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }
}
