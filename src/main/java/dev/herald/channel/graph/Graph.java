package dev.herald.channel.graph;

import com.restfb.BinaryAttachment;
import com.restfb.DefaultFacebookClient;
import com.restfb.DefaultJsonMapper;
import com.restfb.FacebookEndpoints;
import com.restfb.Parameter;
import com.restfb.Version;
import com.restfb.exception.FacebookException;
import com.restfb.json.JsonObject;
import dev.herald.channel.PublishException;
import dev.herald.config.Secrets;
import okhttp3.OkHttpClient;

/**
 * One account's Graph API (graph.facebook.com for Pages and Instagram, graph.threads.net for
 * Threads) through restfb, pointed at {@code apiBaseUrl} and carried by the shared OkHttp client.
 * Every failure comes out as a classified {@link PublishException}.
 */
public final class Graph {

  private final String platform;
  private final DefaultFacebookClient client;

  /**
   * @param apiVersion the path element after the base URL, e.g. "v25.0"; must be one restfb knows
   * @throws IllegalArgumentException for an unknown version
   */
  public Graph(String platform, String apiBaseUrl, String apiVersion, String accessToken, OkHttpClient http) {
    Version version = version(apiVersion);
    Secrets.register(accessToken);
    this.platform = platform;
    this.client = new DefaultFacebookClient(accessToken, new OkHttpWebRequestor(http), new DefaultJsonMapper(), version);
    client.setHeaderAuthorization(true);
    String base = apiBaseUrl.endsWith("/") ? apiBaseUrl.substring(0, apiBaseUrl.length() - 1) : apiBaseUrl;
    client.setFacebookEndpointUrls(new FacebookEndpoints() {
      @Override
      public String getGraphEndpoint() {
        return base;
      }

      @Override
      public String getGraphVideoEndpoint() {
        return base;
      }
    });
  }

  /** The restfb version for "v25.0" (Graph) or "v1.0" (Threads). */
  public static Version version(String apiVersion) {
    Version version = Version.getVersionFromString(apiVersion);
    if (version == Version.UNVERSIONED) {
      throw new IllegalArgumentException("apiVersion '" + apiVersion + "' is not a Graph API version this Herald knows (e.g. v25.0)");
    }
    return version;
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
