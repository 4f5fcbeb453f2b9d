package dev.herald.channel.x;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.HttpUrl;

/** Recomputes an OAuth 1.0a HMAC-SHA1 signature from scratch (RFC 5849 §3.4), independent of Twitter4J. */
final class OAuth1Verifier {

  private static final Pattern PARAM = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  private OAuth1Verifier() {}

  static Map<String, String> parse(String header) {
    if (!header.startsWith("OAuth ")) throw new AssertionError("not an OAuth header: " + header);
    var params = new LinkedHashMap<String, String>();
    var m = PARAM.matcher(header.substring(6));
    while (m.find()) params.put(m.group(1), java.net.URLDecoder.decode(m.group(2), StandardCharsets.UTF_8));
    return params;
  }

  static String expectedSignature(String method, HttpUrl url, Map<String, String> oauth,
      String consumerSecret, String tokenSecret) throws Exception {
    var pairs = new ArrayList<String[]>();
    oauth.forEach((k, v) -> { if (!k.equals("oauth_signature") && !k.equals("realm")) pairs.add(new String[] {enc(k), enc(v)}); });
    for (var name : url.queryParameterNames())
      for (var value : url.queryParameterValues(name)) pairs.add(new String[] {enc(name), enc(value == null ? "" : value)});
    pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
    var normalized = String.join("&", pairs.stream().map(p -> p[0] + "=" + p[1]).toList());
    var base = url.newBuilder().query(null).fragment(null).build().toString();
    var baseString = method + "&" + enc(base) + "&" + enc(normalized);
    var mac = Mac.getInstance("HmacSHA1");
    mac.init(new SecretKeySpec((enc(consumerSecret) + "&" + enc(tokenSecret)).getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
    return Base64.getEncoder().encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
  }

  static List<String> requiredKeys() {
    return List.of("oauth_consumer_key", "oauth_token", "oauth_signature_method", "oauth_signature",
        "oauth_nonce", "oauth_timestamp", "oauth_version");
  }
}
