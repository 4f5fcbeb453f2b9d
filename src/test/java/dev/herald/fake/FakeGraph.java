package dev.herald.fake;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.mockwebserver.MockResponse;

/**
 * Base of the Meta Graph API fakes (Facebook Pages, Instagram, Threads): checks the bearer token the
 * way Graph does (error 190, OAuthException, HTTP 400) and answers errors in Graph's shape, so a
 * test can script any error code with {@link #graphError}.
 */
public abstract class FakeGraph extends FakeApi {

  private final String version;
  private final Set<String> tokens = ConcurrentHashMap.newKeySet();
  private volatile long tokenExpiresAt;

  FakeGraph(String version, String token) {
    this.version = version;
    tokens.add(token);
  }

  /** Graph accepts {@code token} too from now on (a refreshed one). */
  protected void accept(String token) {
    tokens.add(token);
  }

  /** What {@code debug_token} answers as {@code expires_at} (epoch seconds; 0, the default, is "never"). */
  public void tokenExpiresAt(long epochSeconds) {
    tokenExpiresAt = epochSeconds;
  }

  @Override
  protected final MockResponse answer(Recorded r) {
    MockResponse unversioned = unversioned(r, r.path().replaceFirst("\\?.*", ""));
    if (unversioned != null) return unversioned;
    String auth = r.header("Authorization");
    if (auth == null || !auth.startsWith("Bearer ") || !tokens.contains(auth.substring(7))) {
      return graphError(400, 190, 0, "OAuthException", "Error validating access token: The session has been invalidated.");
    }
    String path = r.path().replaceFirst("\\?.*", "");
    if (!path.startsWith("/" + version + "/")) {
      return graphError(400, 2635, 0, "OAuthException", "You are calling a deprecated version of the Graph API.");
    }
    String rest = path.substring(version.length() + 2);
    if (rest.equals("debug_token") && r.method().equals("GET")) {
      boolean valid = tokens.contains(field(r, "input_token"));
      return json(200, "{\"data\":{\"is_valid\":%s,\"expires_at\":%d}}".formatted(valid, valid ? tokenExpiresAt : 0));
    }
    return answer(r, rest);
  }

  /** Endpoints outside the versioned API (Threads' token refresh); null for the rest. */
  protected MockResponse unversioned(Recorded r, String path) {
    return null;
  }

  /** {@code path} without the version prefix, e.g. "1234/photos". */
  protected abstract MockResponse answer(Recorded r, String path);

  /** An error exactly as Graph writes one. */
  public static MockResponse graphError(int status, int code, int subcode, String type, String message) {
    String sub = subcode == 0 ? "" : ",\"error_subcode\":" + subcode;
    return json(status, """
        {"error":{"message":"%s","type":"%s","code":%d%s,"fbtrace_id":"AbCdEf123"}}""".formatted(message, type, code, sub));
  }

  /** A query or form field of the request (form bodies for POST, the query string for GET). */
  static String field(Recorded r, String name) {
    if (r.fields().containsKey(name)) return r.fields().get(name);
    var url = okhttp3.HttpUrl.parse("http://fake" + r.path());
    return url == null ? null : url.queryParameter(name);
  }

  static List<String> values(List<Recorded> requests, String field) {
    return requests.stream().map(r -> field(r, field)).toList();
  }
}
