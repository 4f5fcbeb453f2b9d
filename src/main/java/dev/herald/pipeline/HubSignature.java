package dev.herald.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code X-Hub-Signature: <method>=<hex HMAC of the body keyed with hub.secret>} (W3C WebSub §8), with
 * sha1, sha256, sha384 or sha512; compared in constant time. A missing or malformed header, an unknown
 * method or a wrong digest is invalid.
 */
final class HubSignature {

  private static final Map<String, String> MACS = Map.of(
      "sha1", "HmacSHA1", "sha256", "HmacSHA256", "sha384", "HmacSHA384", "sha512", "HmacSHA512");

  private HubSignature() {}

  static boolean valid(String secret, byte[] body, String header) {
    if (secret == null || header == null) return false;
    int eq = header.indexOf('=');
    if (eq <= 0) return false;
    String algorithm = MACS.get(header.substring(0, eq).strip().toLowerCase(Locale.ROOT));
    if (algorithm == null) return false;
    byte[] given;
    try {
      given = HexFormat.of().parseHex(header.substring(eq + 1).strip().toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(mac(algorithm, secret, body), given);
  }

  /** The header value a hub sends for {@code body}: {@code method=hex}. */
  static String sign(String method, String secret, byte[] body) {
    return method + "=" + HexFormat.of().formatHex(mac(MACS.get(method), secret, body));
  }

  private static byte[] mac(String algorithm, String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
      return mac.doFinal(body == null ? new byte[0] : body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is missing from this JVM", e);
    }
  }
}
