package dev.herald.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Only absolute http(s) URLs are stored as a post's platform URL: status, the JSON and the admin UI
 * turn that column into a link, and a {@code javascript:} or {@code file:} URL there would be a trap.
 */
public final class WebUrls {

  private WebUrls() {}

  /** True for an absolute http or https URL with a host. */
  public static boolean isWeb(String url) {
    return host(url) != null;
  }

  /** The lower-cased host of an absolute http(s) URL; null for anything else. */
  public static String host(String url) {
    if (url == null || url.isBlank()) return null;
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) return null;
      return uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** The URL when it may be stored, else null. */
  static String webOrNull(String url) {
    return isWeb(url) ? url.strip() : null;
  }
}
