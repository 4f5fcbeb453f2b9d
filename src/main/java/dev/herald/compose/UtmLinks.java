package dev.herald.compose;

import dev.herald.config.Utm;
import okhttp3.HttpUrl;

/** Campaign tags on article links, so the outlet's analytics can tell which channel sent a reader. */
public final class UtmLinks {

  private UtmLinks() {}

  /**
   * The URL with {@code utm_source} (default: the channel type), {@code utm_medium} (default
   * "social") and {@code utm_campaign} (default "herald"); other parameters are kept, earlier
   * {@code utm_*} ones replaced. Returns {@code url} unchanged when UTM is off or null, or the URL is
   * not http(s).
   */
  public static String apply(String url, Utm utm, String channelType) {
    if (url == null || utm == null || !utm.enabled()) return url;
    HttpUrl parsed = HttpUrl.parse(url.strip());
    if (parsed == null) return url;
    var builder = parsed.newBuilder();
    for (String name : parsed.queryParameterNames()) {
      if (name.startsWith("utm_")) builder.removeAllQueryParameters(name);
    }
    return builder
        .addQueryParameter("utm_source", orDefault(utm.source(), channelType))
        .addQueryParameter("utm_medium", orDefault(utm.medium(), "social"))
        .addQueryParameter("utm_campaign", orDefault(utm.campaign(), "herald"))
        .build()
        .toString();
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.strip();
  }
}
