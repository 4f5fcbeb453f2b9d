package dev.herald.fake;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Checks an {@code Authorization: OAuth …} header the way X does: recomputes the HMAC-SHA1 signature. */
public final class OAuth1 {

  private static final Pattern PARAM = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  private OAuth1() {}

  public static Map<String, String> params(String header) {
    var params = new TreeMap<String, String>();
    if (header == null || !header.startsWith("OAuth ")) return params;
    var m = PARAM.matcher(header);
    while (m.find()) params.put(m.group(1), URLDecoder.decode(m.group(2), StandardCharsets.UTF_8));
    return params;
  }

  /** True when the header's signature matches the request (body params not signed: JSON and multipart bodies). */
  public static boolean valid(Recorded r, String baseUrl, String consumerSecret, String tokenSecret) {
    var oauth = params(r.header("Authorization"));
    String given = oauth.remove("oauth_signature");
    if (given == null) return false;
    var all = new TreeMap<String, String>(oauth);
    String path = r.path();
    int q = path.indexOf('?');
    if (q >= 0) {
      for (String pair : path.substring(q + 1).split("&")) {
        String[] kv = pair.split("=", 2);
        all.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
      }
      path = path.substring(0, q);
    }
    var normalized = new StringBuilder();
    all.forEach((k, v) -> normalized.append(normalized.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v)));
    String base = r.method() + "&" + enc(baseUrl + path) + "&" + enc(normalized.toString());
    try {
      var mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec((enc(consumerSecret) + "&" + enc(tokenSecret)).getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      String expected = Base64.getEncoder().encodeToString(mac.doFinal(base.getBytes(StandardCharsets.UTF_8)));
      return expected.equals(given);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
  }
}
