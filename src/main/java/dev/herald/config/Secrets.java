package dev.herald.config;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The process-wide list of secret values (tokens, passwords, API keys) and the one place that masks
 * them. The config loader registers every secret it reads; logs, exception messages, {@code status}
 * and the admin UI pass text through {@link #redact} before showing it. A secret is also masked in the
 * forms it travels in: JSON-escaped, percent-encoded, base64 (as in HTTP Basic {@code user:secret}); and
 * a URL's query values named like credentials ({@code key}, {@code token}, {@code api_key} …) are masked
 * whether registered or not.
 */
public final class Secrets {

  public static final String MASK = "***";

  // Backstop for secrets Herald never registered: a Telegram bot token has this shape and
  // travels in the request URL path, where client libraries like to quote it.
  private static final Pattern TELEGRAM_TOKEN = Pattern.compile("\\d{6,12}:[A-Za-z0-9_-]{30,}");
  private static final Pattern SECRET_QUERY_VALUE = Pattern.compile(
      "(?i)([?&;](?:[a-z0-9_-]*[_-])?(?:key|apikey|token|secret|password|passwd|pwd|sig|signature|auth)=)[^&#\\s\"'<>]+");
  private static final Pattern BASIC_AUTH = Pattern.compile("(?i)(basic\\s+)([A-Za-z0-9+/_-]{6,}={0,2})");
  // Shorter base64 fragments would match ordinary words.
  private static final int MIN_BASE64 = 8;

  private static final Set<String> VALUES = ConcurrentHashMap.newKeySet();
  private static final Set<String> FORMS = ConcurrentHashMap.newKeySet();

  private Secrets() {}

  /** Registers a secret; values shorter than 4 characters are ignored (masking them would mangle text). */
  public static void register(String value) {
    if (value == null || value.strip().length() < 4) return;
    String secret = value.strip();
    if (VALUES.add(secret)) FORMS.addAll(encodedForms(secret));
  }

  public static String redact(String text) {
    if (text == null || text.isEmpty()) return text;
    String out = text;
    if (containsIgnoreCase(out, "basic")) out = redactBasicAuth(out);
    for (String secret : FORMS) {
      if (out.contains(secret)) out = out.replace(secret, MASK);
    }
    if (out.indexOf('=') >= 0) out = SECRET_QUERY_VALUE.matcher(out).replaceAll("$1" + MASK);
    return TELEGRAM_TOKEN.matcher(out).replaceAll(MASK);
  }

  /** The secret itself and every encoding of it that could appear inside a longer text. */
  static Set<String> encodedForms(String secret) {
    var forms = new LinkedHashSet<String>();
    forms.add(secret);
    forms.add(new String(JsonStringEncoder.getInstance().quoteAsString(secret)));
    forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
    forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8).replace("+", "%20"));
    byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
    // Inside a longer base64 text (user:secret) the secret starts at one of three bit offsets; the
    // characters that encode only the secret's bits are the same whatever surrounds it.
    for (int shift = 0; shift < 3; shift++) {
      byte[] shifted = new byte[shift + bytes.length];
      System.arraycopy(bytes, 0, shifted, shift, bytes.length);
      String encoded = Base64.getEncoder().withoutPadding().encodeToString(shifted);
      int from = (shift * 8 + 5) / 6;
      int to = (shift + bytes.length) * 8 / 6;
      if (to - from >= MIN_BASE64) {
        String core = encoded.substring(from, to);
        forms.add(core);
        forms.add(core.replace('+', '-').replace('/', '_'));
      }
    }
    forms.removeIf(f -> f.length() < 4);
    return forms;
  }

  // A whole "Basic …" credential goes when its decoded text holds a secret, whatever its user part.
  private static String redactBasicAuth(String text) {
    Matcher m = BASIC_AUTH.matcher(text);
    var out = new StringBuilder();
    while (m.find()) {
      String decoded = decode(m.group(2));
      boolean secret = decoded != null && VALUES.stream().anyMatch(decoded::contains);
      m.appendReplacement(out, Matcher.quoteReplacement(secret ? m.group(1) + MASK : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String decode(String base64) {
    try {
      return new String(Base64.getMimeDecoder().decode(base64.replace('-', '+').replace('_', '/')), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean containsIgnoreCase(String text, String word) {
    for (int i = 0; i + word.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, word, 0, word.length())) return true;
    }
    return false;
  }

  /** For tests: forget every registered secret. */
  static void clear() {
    VALUES.clear();
    FORMS.clear();
  }
}
