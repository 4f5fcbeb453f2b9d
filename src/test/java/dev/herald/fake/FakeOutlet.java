package dev.herald.fake;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import okhttp3.mockwebserver.MockResponse;
import okio.Buffer;

/**
 * The outlet's website on loopback: an RSS feed of its items (newest first), an article page per item
 * with og: tags and JSON-LD, and a photo per item. Tests add items to simulate new articles.
 */
public final class FakeOutlet extends FakeApi {

  public record Item(String slug, String title, String description, String body, String section, Instant published) {}

  private final List<Item> items = new CopyOnWriteArrayList<>();
  /** Pages stay up after their item leaves the feed, until {@link #takeDown}. */
  private final List<Item> pages = new CopyOnWriteArrayList<>();
  private final byte[] photo = photo();

  public void publish(Item item) {
    items.add(0, item);
    pages.add(item);
  }

  /** The story is unpublished: gone from the feed, its page answers {@code status} (404 or 410). */
  public void takeDown(Item item, int status) {
    items.remove(item);
    pages.remove(item);
    gone.put("/news/" + item.slug(), status);
  }

  private final java.util.Map<String, Integer> gone = new java.util.concurrent.ConcurrentHashMap<>();

  /** The feed drops every item it had (it rolled over, or this is another outlet on the same accounts); their pages stay. */
  public void clear() {
    items.clear();
  }

  private volatile String hub;

  /** From now on the feed announces this WebSub hub ({@code <atom:link rel="hub">}, with its {@code rel="self"}). */
  public void announceHub(String hubUrl) {
    this.hub = hubUrl;
  }

  /** The feed as it stands, as a hub would deliver it. */
  public byte[] feed() {
    return rss().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  public String feedUrl() {
    return baseUrl() + "/feed";
  }

  public String articleUrl(Item item) {
    return baseUrl() + "/news/" + item.slug();
  }

  @Override
  protected MockResponse answer(Recorded r) {
    MockResponse response = get(r);
    // A HEAD answer has the GET's status and headers but no body (else the connection would carry it to the next request).
    return r.method().equals("HEAD") ? response.setBody("") : response;
  }

  private MockResponse get(Recorded r) {
    String path = r.path().replaceFirst("\\?.*", "");
    if (path.equals("/") || path.equals("/plain")) {
      // The home page: names its feed (and one on another site, which Herald must not take); /plain names none.
      String links = path.equals("/") ? "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Elsewhere\" href=\"https://feeds.example.net/jj\">"
          + "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Jaano Junction\" href=\"/feed\">" : "";
      return new MockResponse().setHeader("Content-Type", "text/html; charset=utf-8")
          .setBody("<!doctype html><html><head><title>Jaano Junction</title>" + links + "</head><body>News</body></html>");
    }
    if (path.equals("/robots.txt")) {
      return new MockResponse().setHeader("Content-Type", "text/plain")
          .setBody("User-agent: *\nDisallow: /admin\nSitemap: " + baseUrl() + "/sitemap.xml\nSitemap: " + baseUrl() + "/news-sitemap.xml\n");
    }
    if (path.equals("/feed")) {
      return new MockResponse().setHeader("Content-Type", "application/rss+xml; charset=utf-8").setBody(rss());
    }
    if (path.startsWith("/img/")) {
      return new MockResponse().setHeader("Content-Type", "image/jpeg").setBody(new Buffer().write(photo));
    }
    Integer status = gone.get(path);
    if (status != null) return new MockResponse().setResponseCode(status).setBody("<h1>Gone</h1>");
    for (Item item : pages) {
      if (path.equals("/news/" + item.slug())) {
        return new MockResponse().setHeader("Content-Type", "text/html; charset=utf-8").setBody(page(item));
      }
    }
    return new MockResponse().setResponseCode(404).setBody("<h1>Page not found</h1>");
  }

  private String rss() {
    var b = new StringBuilder("""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">
        <channel><title>Jaano Junction</title><link>%s</link><description>News</description><language>en</language>
        """.formatted(baseUrl()));
    if (hub != null) {
      b.append("<atom:link rel=\"hub\" href=\"").append(hub).append("\"/><atom:link rel=\"self\" href=\"")
          .append(feedUrl()).append("\" type=\"application/rss+xml\"/>\n");
    }
    for (Item item : new ArrayList<>(items)) {
      // A tracking parameter on the link: Herald must still see one article per URL.
      b.append("""
          <item><title>%s</title><link>%s?utm_source=rss&amp;utm_medium=feed</link><guid isPermaLink="false">jj-%s</guid>
          <description>%s</description><category>%s</category><pubDate>%s</pubDate>
          <media:content url="%s/img/%s.jpg" medium="image" type="image/jpeg"/></item>
          """.formatted(xml(item.title()), articleUrl(item), item.slug(), xml(item.description()), xml(item.section()),
          DateTimeFormatter.RFC_1123_DATE_TIME.format(item.published().atZone(ZoneOffset.UTC)), baseUrl(), item.slug()));
    }
    return b.append("</channel></rss>\n").toString();
  }

  private String page(Item item) {
    var paragraphs = new StringBuilder();
    for (String p : item.body().split("\n\n")) paragraphs.append("<p>").append(xml(p)).append("</p>\n");
    return """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>%1$s | Jaano Junction</title>
        <meta property="og:title" content="%1$s"><meta property="og:description" content="%2$s">
        <meta property="og:image" content="/img/%3$s.jpg"><meta property="article:section" content="%4$s">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"%5$s",
        "datePublished":"%6$s","articleSection":"%4$s","author":{"@type":"Person","name":"Jaano Junction Desk"}}</script>
        </head><body><nav>Home | India | World</nav><article><h1>%1$s</h1>
        <div itemprop="articleBody">%7$s<p>Also Read</p><p>Forest fire in Uttarakhand spreads to Nainital</p></div></article>
        <footer>Stay connected to Jaano Junction on Instagram, Facebook, YouTube, Twitter and Koo.</footer></body></html>
        """.formatted(xml(item.title()), xml(item.description()), item.slug(), xml(item.section()),
        item.title().replace("\\", "\\\\").replace("\"", "\\\""), item.published(), paragraphs);
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static byte[] photo() {
    var img = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
    var g = img.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(0x2B5876), 1600, 900, new Color(0xE0C3A0)));
    g.fillRect(0, 0, 1600, 900);
    g.setColor(new Color(0x1B2838));
    for (int i = 0; i < 12; i++) g.fillOval(900 + i * 40, 200 + (i % 4) * 90, 120, 120);
    g.dispose();
    try (var out = new ByteArrayOutputStream()) {
      ImageIO.write(img, "jpg", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
