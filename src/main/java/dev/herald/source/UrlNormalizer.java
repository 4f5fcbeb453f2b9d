package dev.herald.source;

import java.util.Locale;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * Turns a link into the one spelling Herald uses to decide "same article": scheme and host
 * lower-cased, default port and fragment dropped, tracking parameters removed, empty path as
 * {@code /}, remaining parameters kept in their order.
 */
public final class UrlNormalizer {

  private static final Set<String> TRACKING_PARAMETERS = Set.of(
      "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "twclid", "ttclid", "li_fat_id",
      "mc_cid", "mc_eid", "igshid", "igsh", "ref_src", "ref_url", "_ga", "_gl", "cmpid", "ocid",
      "_hsenc", "_hsmi", "mkt_tok", "wt_mc", "wt.mc_id", "s_cid", "at_medium", "at_campaign");

  private UrlNormalizer() {}

  /** Never throws: anything that is not an http(s) URL comes back trimmed (or empty for null). */
  public static String normalize(String url) {
    if (url == null) return "";
    String trimmed = url.strip();
    HttpUrl parsed = HttpUrl.parse(trimmed);
    if (parsed == null) return trimmed;
    HttpUrl.Builder builder = parsed.newBuilder().fragment(null);
    for (String name : parsed.queryParameterNames()) {
      if (isTracking(name)) builder.removeAllQueryParameters(name);
    }
    HttpUrl cleaned = builder.build();
    // HttpUrl keeps "?" with no parameters left; an empty query means the same page.
    if (cleaned.querySize() == 0 && cleaned.query() != null) cleaned = cleaned.newBuilder().query(null).build();
    return cleaned.toString();
  }

  /** Resolves {@code link} against {@code base} and normalizes it; null when it is not an http(s) URL. */
  public static String absolute(String base, String link) {
    if (link == null || link.isBlank()) return null;
    HttpUrl baseUrl = base == null ? null : HttpUrl.parse(base.strip());
    HttpUrl resolved = baseUrl == null ? HttpUrl.parse(link.strip()) : baseUrl.resolve(link.strip());
    return resolved == null ? null : normalize(resolved.toString());
  }

  static boolean isTracking(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.startsWith("utm_") || TRACKING_PARAMETERS.contains(lower);
  }
}
