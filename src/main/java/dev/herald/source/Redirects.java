package dev.herald.source;

import dev.herald.config.Secrets;
import java.io.IOException;
import java.net.InetAddress;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Follows redirects one hop at a time so that each hop is judged before Herald connects to it: a
 * Location on another scheme ({@code file:}, {@code jar:}, {@code ftp:}) or an internal IP literal the
 * policy does not trust ends the fetch. Host names are judged by the guarded DNS when OkHttp connects.
 */
final class Redirects {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private Redirects() {}

  /** The first answer that is not a redirect; throws IOException (redacted) on refusal or failure. */
  static Response follow(OkHttpClient client, Request first, OutboundPolicy policy, int maxRedirects) throws IOException {
    Request request = first;
    for (int hop = 0; ; hop++) {
      checkLiteral(request.url(), policy);
      Response response;
      try {
        response = client.newCall(request).execute();
      } catch (IOException e) {
        throw Fetcher.failed(request.url().toString(), e);
      }
      String location = response.isRedirect() ? response.header("Location") : null;
      if (location == null) return response;
      response.close();
      if (hop >= maxRedirects) throw new IOException("too many redirects from " + Secrets.redact(first.url().toString()));
      HttpUrl next = request.url().resolve(location.strip());
      if (next == null) {
        throw new GuardedHttp.Refused("refused: " + Secrets.redact(request.url().toString())
            + " redirects to a non-http(s) location");
      }
      Request.Builder builder = request.newBuilder().url(next);
      // 303 (and 301/302 after a POST, by browser custom) become GET; Herald only GETs anyway.
      if (!next.host().equals(request.url().host())) builder.removeHeader("Authorization").removeHeader("Cookie");
      request = builder.build();
    }
  }

  // OkHttp connects to an IP literal without asking Dns: judge it here, before any connection.
  static void checkLiteral(HttpUrl url, OutboundPolicy policy) throws IOException {
    String host = url.host();
    if (!host.contains(":") && !IPV4.matcher(host).matches()) return;
    String why = policy.refusal(url, InetAddress.getByName(host));
    if (why != null) throw new GuardedHttp.Refused("refused: " + why);
  }
}
