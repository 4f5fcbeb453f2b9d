package dev.herald.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/** Google News sitemaps (news:title, news:publication_date, news:keywords) and plain {@code <urlset>} sitemaps. */
final class SitemapParser {

  static final Namespace NEWS = Namespace.getNamespace("news", "http://www.google.com/schemas/sitemap-news/0.9");
  static final Namespace IMAGE = Namespace.getNamespace("image", "http://www.google.com/schemas/sitemap-image/1.1");

  private SitemapParser() {}

  static List<Article> parse(Document document, String baseUrl) {
    Element urlset = document.getRootElement();
    Namespace ns = urlset.getNamespace();
    var articles = new ArrayList<Article>();
    for (Element entry : urlset.getChildren("url", ns)) {
      String url = UrlNormalizer.absolute(baseUrl, entry.getChildTextTrim("loc", ns));
      if (url == null) continue;
      Element news = entry.getChild("news", NEWS);
      articles.add(news != null ? newsArticle(url, news, entry, ns) : plainArticle(url, entry, ns));
    }
    return articles;
  }

  private static Article newsArticle(String url, Element news, Element entry, Namespace ns) {
    String title = Texts.plain(news.getChildText("title", NEWS));
    if (title == null) title = titleFromSlug(url);
    Element publication = news.getChild("publication", NEWS);
    String language = publication == null ? null : Texts.primaryLanguage(publication.getChildText("language", NEWS));
    if (Texts.mostlyDevanagari(title)) language = "hi";
    String published = news.getChildTextTrim("publication_date", NEWS);
    List<String> keywords = keywords(news.getChildText("keywords", NEWS));
    return new Article(url, url, null, title, null, null, image(entry, url),
        Dates.parse(published != null ? published : entry.getChildTextTrim("lastmod", ns)),
        keywords.isEmpty() ? null : keywords.get(0), keywords, null, language);
  }

  private static Article plainArticle(String url, Element entry, Namespace ns) {
    String title = titleFromSlug(url);
    return new Article(url, url, null, title, null, null, image(entry, url),
        Dates.parse(entry.getChildTextTrim("lastmod", ns)), null, List.of(), null,
        Texts.mostlyDevanagari(title) ? "hi" : null);
  }

  private static String image(Element entry, String url) {
    Element image = entry.getChild("image", IMAGE);
    return image == null ? null : UrlNormalizer.absolute(url, image.getChildTextTrim("loc", IMAGE));
  }

  private static List<String> keywords(String text) {
    if (Texts.isBlank(text)) return List.of();
    var keywords = new LinkedHashSet<String>();
    Arrays.stream(text.split(",")).map(Texts::plain).filter(k -> k != null).forEach(keywords::add);
    return List.copyOf(keywords);
  }

  // A plain sitemap has no titles; the slug is a readable stand-in until the page is extracted.
  static String titleFromSlug(String url) {
    okhttp3.HttpUrl parsed = okhttp3.HttpUrl.parse(url);
    if (parsed == null) return url;
    String path = parsed.encodedPath();
    String[] segments = path.split("/");
    String slug = "";
    for (int i = segments.length - 1; i >= 0 && slug.isEmpty(); i--) slug = segments[i];
    slug = slug.replaceFirst("\\.[a-z]{2,5}$", "");
    try {
      slug = java.net.URLDecoder.decode(slug, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException badEscape) {
      // keep the slug as written
    }
    String words = slug.replaceAll("[-_+]+", " ").replaceAll("\\s+", " ").strip();
    if (words.isEmpty()) return url;
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }
}
