package dev.herald.channel.graph;

import com.restfb.BinaryAttachment;
import com.restfb.DefaultFacebookClient;
import com.restfb.DefaultJsonMapper;
import com.restfb.FacebookEndpoints;
import com.restfb.Parameter;
import com.restfb.Version;
import com.restfb.exception.FacebookException;
import com.restfb.json.JsonObject;
import com.restfb.json.JsonValue;
import dev.herald.channel.PublishException;
import dev.herald.config.Secrets;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;

/**
 * One account's Graph API (graph.facebook.com for Pages and Instagram, graph.threads.net for
 * Threads) through restfb, pointed at {@code apiBaseUrl} and carried by the shared OkHttp client.
 * Every failure comes out as a classified {@link PublishException}.
 */
public final class Graph {

  private static final Pattern VERSION = Pattern.compile("v\\d{1,3}\\.\\d{1,2}");

  private final String platform;
  private final OkHttpClient http;
  private final String base;
  private volatile DefaultFacebookClient client;
  private volatile String accessToken;

  /**
   * @param apiVersion the path element after the base URL, e.g. "v25.0"
   * @throws IllegalArgumentException for a malformed version
   */
  public Graph(String platform, String apiBaseUrl, String apiVersion, String accessToken, OkHttpClient http) {
    if (apiVersion == null || !VERSION.matcher(apiVersion).matches()) {
      throw new IllegalArgumentException("apiVersion must look like v25.0, not '" + apiVersion + "'");
    }
    this.platform = platform;
    this.http = http;
    this.base = (apiBaseUrl.endsWith("/") ? apiBaseUrl.substring(0, apiBaseUrl.length() - 1) : apiBaseUrl) + "/" + apiVersion;
    useToken(accessToken);
  }

  /** Sends every later call with {@code accessToken} (a refreshed one). */
  public void useToken(String accessToken) {
    Secrets.register(accessToken);
    // restfb's Version enum lags Meta's releases (2025.15.0 stops at v24.0), so the version rides in
    // the endpoint URL and restfb adds none: any version Meta serves can be configured.
    var fresh = new DefaultFacebookClient(accessToken, new OkHttpWebRequestor(http), new DefaultJsonMapper(), Version.UNVERSIONED);
    fresh.setHeaderAuthorization(true);
    String endpoint = base;
    fresh.setFacebookEndpointUrls(new FacebookEndpoints() {
      @Override
      public String getGraphEndpoint() {
        return endpoint;
      }

      @Override
      public String getGraphVideoEndpoint() {
        return endpoint;
      }
    });
    this.client = fresh;
    this.accessToken = accessToken;
  }

  /**
   * When the token stops working, from {@code debug_token} (one cheap GET asked with the token itself);
   * empty for a token that never expires (a Page token from a long-lived user token answers 0) or when
   * Meta does not say. Never throws: the expiry is a courtesy, not a check.
   */
  public Optional<Instant> tokenExpiry() {
    try {
      JsonObject answer = get("debug_token", Parameter.with("input_token", accessToken));
      JsonValue data = answer.get("data");
      long at = data != null && data.isObject() ? data.asObject().getLong("expires_at", 0) : 0;
      return at > 0 ? Optional.of(Instant.ofEpochSecond(at)) : Optional.empty();
    } catch (PublishException | RuntimeException e) {
      return Optional.empty();
    }
  }

  public JsonObject get(String path, Parameter... parameters) throws PublishException {
    try {
      return client.fetchObject(path, JsonObject.class, parameters);
    } catch (FacebookException e) {
      throw GraphErrors.classify(platform, "GET " + path, e, false);
    }
  }

  /** A POST that may create a post: a lost or garbled answer is reported in doubt. */
  public JsonObject publish(String path, Parameter... parameters) throws PublishException {
    return post(path, null, true, parameters);
  }

  /** A POST that creates nothing public (a container, an upload): safe to repeat. */
  public JsonObject prepare(String path, Parameter... parameters) throws PublishException {
    return post(path, null, false, parameters);
  }

  public JsonObject publish(String path, BinaryAttachment file, Parameter... parameters) throws PublishException {
    return post(path, file, true, parameters);
  }

  private JsonObject post(String path, BinaryAttachment file, boolean publishing, Parameter... parameters)
      throws PublishException {
    try {
      return file == null
          ? client.publish(path, JsonObject.class, parameters)
          : client.publish(path, JsonObject.class, file, parameters);
    } catch (FacebookException e) {
      throw GraphErrors.classify(platform, "POST " + path, e, publishing);
    }
  }

  /** The id field of an answer, or a failure that says the answer had none. */
  public String id(JsonObject answer, String what, boolean publishing) throws PublishException {
    String id = answer == null ? null : answer.getString("id", null);
    if (id != null && !id.isBlank()) return id;
    String text = platform + " " + what + " answer has no id";
    throw publishing ? PublishException.inDoubt(text, null) : PublishException.retryable(text, null);
  }
}
