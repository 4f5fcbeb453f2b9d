package dev.herald.fake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.mockwebserver.MockResponse;

/**
 * A WebSub hub on loopback: takes (un)subscription requests at {@code /hub} with 202 and records them;
 * the test then plays the hub's part — verification of intent and signed content distribution — with
 * {@link #verify} and {@link #distribute}.
 */
public final class FakeHub extends FakeApi {

  /** One (un)subscription request as the hub received it. */
  public record Request(String mode, String topic, String callback, String secret, String leaseSeconds) {}

  /** What the subscriber's callback answered. */
  public record Answer(int code, String body) {}

  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final OkHttpClient http = new OkHttpClient();

  public String hubUrl() {
    return baseUrl() + "/hub";
  }

  public List<Request> subscriptionRequests() {
    return List.copyOf(requests);
  }

  @Override
  protected MockResponse answer(Recorded r) {
    if (!r.method().equals("POST") || !r.path().startsWith("/hub")) return new MockResponse().setResponseCode(404);
    Map<String, String> form = form(r.bodyText());
    requests.add(new Request(form.get("hub.mode"), form.get("hub.topic"), form.get("hub.callback"), form.get("hub.secret"),
        form.get("hub.lease_seconds")));
    return new MockResponse().setResponseCode(202);
  }

  /** Verification of intent for {@code request}, with this topic and lease; the callback's answer. */
  public Answer verify(Request request, String topic, long leaseSeconds) {
    String challenge = UUID.randomUUID().toString();
    HttpUrl url = HttpUrl.get(request.callback()).newBuilder().addQueryParameter("hub.mode", request.mode())
        .addQueryParameter("hub.topic", topic).addQueryParameter("hub.challenge", challenge)
        .addQueryParameter("hub.lease_seconds", String.valueOf(leaseSeconds)).build();
    Answer answer = call(new okhttp3.Request.Builder().url(url).build());
    return answer.body().equals(challenge) ? answer : new Answer(answer.code(), "not the challenge: " + answer.body());
  }

  /** Sends {@code body} to the subscriber, signed with {@code method} (sha1, sha256) and {@code secret}; null: unsigned. */
  public Answer distribute(Request request, byte[] body, String method, String secret) {
    var builder = new okhttp3.Request.Builder().url(request.callback())
        .post(RequestBody.create(body, MediaType.get("application/rss+xml; charset=utf-8")))
        .header("Link", "<" + hubUrl() + ">; rel=\"hub\", <" + request.topic() + ">; rel=\"self\"");
    if (method != null) builder.header("X-Hub-Signature", method + "=" + hmac(method, secret, body));
    return call(builder.build());
  }

  private Answer call(okhttp3.Request request) {
    try (var response = http.newCall(request).execute()) {
      return new Answer(response.code(), response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String hmac(String method, String secret, byte[] body) {
    String algorithm = method.equals("sha1") ? "HmacSHA1" : "HmacSHA256";
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> form(String body) {
    var form = new LinkedHashMap<String, String>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return form;
  }
}
