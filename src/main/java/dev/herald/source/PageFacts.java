package dev.herald.source;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Everything an article page says about itself — Open Graph and article: meta, author and keyword
 * meta, {@code <html lang>}, the same-host canonical link, JSON-LD, and the body text — as an
 * {@link Article} whose missing fields are null.
 */
final class PageFacts {

  private static final Pattern URL_LIKE = Pattern.compile("^(https?:)?//.*");

  private PageFacts() {}

  /**
   * Reads {@code page} (and strips its chrome while taking the body). {@code pageUrl} is where it was
   * fetched from; the result's url is the same-host canonical link, or null when the page has none.
   */
  static Article read(Document page, String pageUrl) {
    return read(page, pageUrl, Deadline.none());
  }

  static Article read(Document page, String pageUrl, Deadline deadline) {
    JsonLd.Facts ld = JsonLd.find(page);
    var siteNames = siteNames(page, pageUrl);
    String title = title(page, ld, siteNames);
    String description = Texts.plain(firstNonNull(meta(page, "og:description"), ld == null ? null : ld.description(),
        meta(page, "description"), meta(page, "twitter:description")));
    String image = UrlNormalizer.absolute(pageUrl, firstNonNull(meta(page, "og:image:secure_url"), meta(page, "og:image"),
        ld == null ? null : ld.image(), meta(page, "twitter:image")));
    var published = Dates.parse(firstNonNull(meta(page, "article:published_time"), ld == null ? null : ld.datePublished(),
        itemprop(page, "datePublished")));
    String section = Texts.plain(firstNonNull(meta(page, "article:section"), ld == null ? null : ld.section()));
    List<String> keywords = keywords(page, ld);
    String author = firstNonNull(human(meta(page, "author")), ld == null ? null : ld.author(), human(meta(page, "article:author")));
    String language = Texts.primaryLanguage(firstNonNull(page.selectFirst("html") == null ? null : page.selectFirst("html").attr("lang"),
        ld == null ? null : ld.language(), meta(page, "og:locale")));
    if (Texts.mostlyDevanagari(title)) language = "hi";
    String url = canonical(page, pageUrl);
    String imageAlt = image == null ? null : PageImageAlt.read(page, image, title);
    deadline.check();
    String body = PageBody.extract(page, deadline);
    return new Article(url, null, null, title, description, body, image, published,
        section, keywords, Texts.plain(author), language, imageAlt, shortHeadlines(page, title, siteNames));
  }

  private static String meta(Document page, String key) {
    for (Element meta : page.select("meta[property], meta[name]")) {
      String name = meta.hasAttr("property") ? meta.attr("property") : meta.attr("name");
      if (name.equalsIgnoreCase(key) && !meta.attr("content").isBlank()) return meta.attr("content").strip();
    }
    return null;
  }

  private static String itemprop(Document page, String name) {
    Element e = page.selectFirst("[itemprop=" + name + "]");
    if (e == null) return null;
    return Texts.blankToNull(e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text());
  }

  private static List<String> keywords(Document page, JsonLd.Facts ld) {
    var keywords = new LinkedHashSet<String>();
    var seen = new java.util.HashSet<String>();
    java.util.function.Consumer<String> add = k -> {
      String plain = Texts.plain(k);
      if (plain != null && seen.add(plain.toLowerCase(java.util.Locale.ROOT))) keywords.add(plain);
    };
    page.select("meta[property=article:tag]").forEach(m -> add.accept(m.attr("content")));
    for (String key : List.of("news_keywords", "keywords")) {
      String value = meta(page, key);
      if (value != null) List.of(value.split(",")).forEach(add);
    }
    if (ld != null) ld.keywords().forEach(add);
    return List.copyOf(keywords);
  }

  /**
   * The story's headline as the page sets it for sharing or over the story — og:title, JSON-LD
   * headline, the story's {@code <h1>}, twitter:title — before the browser tab's {@code <title>},
   * and without the site's name ({@link Headlines}).
   */
  private static String title(Document page, JsonLd.Facts ld, List<String> siteNames) {
    for (String candidate : new String[] {meta(page, "og:title"), ld == null ? null : ld.headline(), h1(page, siteNames),
        meta(page, "twitter:title")}) {
      String plain = Texts.plain(candidate);
      if (plain != null) return Headlines.withoutSiteName(plain, siteNames);
    }
    String tab = Texts.plain(page.title());
    return tab == null ? null : Headlines.withoutTitleLabel(tab, siteNames);
  }

  /**
   * The shorter headlines the page gives for sharing — twitter:title, then og:title — cleaned like the
   * headline, and only those that differ from it and are shorter.
   */
  private static List<String> shortHeadlines(Document page, String title, List<String> siteNames) {
    if (title == null) return List.of();
    var shorter = new LinkedHashSet<String>();
    for (String candidate : new String[] {meta(page, "twitter:title"), meta(page, "og:title")}) {
      String plain = Texts.plain(candidate);
      if (plain == null) continue;
      String clean = Headlines.withoutSiteName(plain, siteNames);
      if (!clean.equals(title) && clean.length() < title.length()) shorter.add(clean);
    }
    return List.copyOf(shorter);
  }

  // The story's own <h1>; a site logo set as <h1> ("Jaano Junction") is not a headline.
  private static String h1(Document page, List<String> siteNames) {
    Element inStory = page.selectFirst("article h1, [itemprop=headline], main h1");
    if (inStory != null && !inStory.text().isBlank()) return inStory.text();
    for (Element h1 : page.select("h1")) {
      String text = h1.text().strip();
      if (!text.isEmpty() && !Headlines.isSiteName(text, siteNames)) return text;
    }
    return null;
  }

  // og:site_name, application-name and the host's own names ("jaanojunction.com", "jaanojunction").
  private static List<String> siteNames(Document page, String pageUrl) {
    var names = new java.util.ArrayList<String>();
    String siteName = meta(page, "og:site_name");
    if (siteName != null) names.add(siteName);
    String appName = meta(page, "application-name");
    if (appName != null) names.add(appName);
    names.addAll(Headlines.hostNames(pageUrl));
    return names;
  }

  private static String human(String value) {
    return value == null || URL_LIKE.matcher(value).matches() ? null : value;
  }

  // A canonical link on another host is a syndication credit, not this article's address.
  private static String canonical(Document page, String pageUrl) {
    String normalizedPage = UrlNormalizer.normalize(pageUrl);
    Element link = page.selectFirst("link[rel=canonical][href]");
    if (link == null) return null;
    String canonical = UrlNormalizer.absolute(pageUrl, link.attr("href"));
    HttpUrl a = canonical == null ? null : HttpUrl.parse(canonical);
    HttpUrl b = HttpUrl.parse(normalizedPage);
    if (a == null || b == null || !bareHost(a).equals(bareHost(b))) return null;
    return canonical;
  }

  private static String bareHost(HttpUrl url) {
    return url.host().startsWith("www.") ? url.host().substring(4) : url.host();
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T value : values) {
      if (value != null && !(value instanceof String s && s.isBlank())) return value;
    }
    return null;
  }
}
