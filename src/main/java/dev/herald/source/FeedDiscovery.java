package dev.herald.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import okhttp3.HttpUrl;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the feeds of a source whose URL is the outlet's home page: {@code <link rel="alternate">} feeds
 * in the page, news sitemaps named in {@code robots.txt}, and — when the page names no feed — the common
 * feed paths ({@code /feed}, {@code /rss.xml} …), each fetched to see that it is one. Only feeds on the
 * page's own site (host, with or without {@code www.}) are taken: a page is outside input and must not
 * point Herald's trusted source fetch elsewhere.
 */
public final class FeedDiscovery {

  static final List<String> COMMON_PATHS = List.of("/feed", "/rss", "/feed.xml", "/rss.xml", "/atom.xml", "/index.xml",
      "/feed.json", "/feeds/posts/default");
  private static final long ROBOTS_BYTES = 512 * 1024;

  /** One feed found, and how. */
  public record Found(String url, String how) {}

  /** Everything found, and the one to use (null: none). */
  public record Result(List<Found> found, Found chosen) {}

  private FeedDiscovery() {}

  public static Result discover(Fetcher fetcher, FetchResult page) {
    String base = page.finalUrl();
    var found = new ArrayList<Found>();
    var seen = new LinkedHashSet<String>();
    Document html = Jsoup.parse(new String(page.body(), page.charset().orElse(StandardCharsets.UTF_8)), base);
    for (Element link : html.select("link[rel~=(?i)alternate][href]")) {
      String type = link.attr("type").toLowerCase(Locale.ROOT);
      if (!(type.contains("rss") || type.contains("atom") || type.contains("feed+json"))) continue;
      add(found, seen, base, link.attr("href"), "<link rel=\"alternate\" type=\"" + type + "\">");
    }
    Found alternate = found.isEmpty() ? null : found.get(0);
    Found path = null;
    if (alternate == null) {
      for (String p : COMMON_PATHS) {
        String url = UrlNormalizer.absolute(base, p);
        if (url == null || seen.contains(url)) continue;
        if (isFeed(fetcher, url)) {
          path = new Found(url, "common path " + p);
          found.add(path);
          seen.add(url);
          break;
        }
      }
    }
    Found sitemap = null;
    for (String url : newsSitemaps(fetcher, base)) {
      if (add(found, seen, base, url, "news sitemap in robots.txt") && sitemap == null) sitemap = found.get(found.size() - 1);
    }
    Found chosen = alternate != null ? alternate : path != null ? path : sitemap;
    return new Result(List.copyOf(found), chosen);
  }

  private static boolean add(List<Found> found, LinkedHashSet<String> seen, String base, String href, String how) {
    String url = UrlNormalizer.absolute(base, href);
    if (url == null || !sameSite(base, url) || !seen.add(url)) return false;
    found.add(new Found(url, how));
    return true;
  }

  private static boolean isFeed(Fetcher fetcher, String url) {
    try {
      FetchResult result = fetcher.fetch(url, FetchState.NONE, FeedSource.MAX_FEED_BYTES);
      return Sources.looksLikeFeed(result.body(), result.contentType());
    } catch (IOException e) {
      return false;
    }
  }

  /** {@code Sitemap:} lines of robots.txt whose URL says "news" (a Google News sitemap). */
  private static List<String> newsSitemaps(Fetcher fetcher, String base) {
    String robots = UrlNormalizer.absolute(base, "/robots.txt");
    if (robots == null) return List.of();
    var out = new ArrayList<String>();
    try {
      String text = new String(fetcher.fetch(robots, FetchState.NONE, ROBOTS_BYTES).body(), StandardCharsets.UTF_8);
      for (String line : text.split("\r?\n")) {
        String l = line.strip();
        if (l.regionMatches(true, 0, "sitemap:", 0, 8)) {
          String url = l.substring(8).strip();
          if (url.toLowerCase(Locale.ROOT).contains("news")) out.add(url);
        }
      }
    } catch (IOException e) {
      // no robots.txt: nothing named there
    }
    return out;
  }

  static boolean sameSite(String a, String b) {
    HttpUrl x = HttpUrl.parse(a);
    HttpUrl y = HttpUrl.parse(b);
    return x != null && y != null && x.scheme().equals(y.scheme()) && x.port() == y.port() && bare(x.host()).equals(bare(y.host()));
  }

  private static String bare(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.startsWith("www.") ? h.substring(4) : h;
  }
}
