package dev.herald.source;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an article page says its lead image shows: {@code og:image:alt}, else the alt text or caption
 * of the page's {@code <figure>} holding that image (or of the story's first figure), else
 * {@code twitter:image:alt}. Credits ("Photo: Reuters", "(Image: PTI)") are dropped, and an alt that
 * says nothing ("image", "photo", a file name, the headline again) does not count.
 */
final class PageImageAlt {

  private static final Pattern CREDIT = Pattern.compile(
      "(?iu)\\s*[(\\[|–—-]?\\s*(photo|image|picture|pic|file photo|credit|courtesy|फोटो|तस्वीर|चित्र)\\s*(credit)?\\s*[:/-]\\s*[^()\\[\\]|]{1,60}[)\\]]?\\s*$");
  private static final Pattern FILE_NAME = Pattern.compile("(?i).*\\.(jpe?g|png|webp|gif|avif)$");
  private static final Pattern SAYS_NOTHING = Pattern.compile(
      "(?iu)(image|photo|picture|pic|thumbnail|featured image|lead image|representative image|file photo|फोटो|तस्वीर|प्रतीकात्मक तस्वीर)\\.?");
  private static final int MIN_WORDS = 2;

  private PageImageAlt() {}

  /** The description, or null when the page gives none worth reading aloud. Reads before chrome is removed. */
  static String read(Document page, String imageUrl, String headline) {
    for (String candidate : candidates(page, imageUrl)) {
      String alt = usable(candidate, headline);
      if (alt != null) return alt;
    }
    return null;
  }

  private static List<String> candidates(Document page, String imageUrl) {
    Element figure = figure(page, imageUrl);
    Element image = figure == null ? null : figure.selectFirst("img[alt]");
    Element caption = figure == null ? null : figure.selectFirst("figcaption");
    return java.util.Arrays.asList(meta(page, "og:image:alt"), image == null ? null : image.attr("alt"),
        caption == null ? null : caption.text(), meta(page, "twitter:image:alt"));
  }

  /** The figure showing the page's lead image, else the first figure inside the story. */
  private static Element figure(Document page, String imageUrl) {
    String file = fileName(imageUrl);
    if (file != null) {
      for (Element img : page.select("figure img")) {
        String src = img.hasAttr("src") ? img.absUrl("src") : img.attr("data-src");
        if (file.equals(fileName(src))) return img.closest("figure");
      }
    }
    return page.selectFirst("article figure, [itemprop=articleBody] figure, main figure");
  }

  private static String fileName(String url) {
    if (url == null || url.isBlank()) return null;
    String path = url.replaceFirst("[?#].*$", "");
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return name.isEmpty() ? null : name;
  }

  private static String usable(String raw, String headline) {
    String text = Texts.plain(raw);
    if (text == null) return null;
    text = CREDIT.matcher(text).replaceFirst("").strip();
    if (text.isEmpty() || FILE_NAME.matcher(text).matches() || SAYS_NOTHING.matcher(text).matches()) return null;
    if (text.split("\\s+").length < MIN_WORDS) return null;
    if (headline != null && text.equalsIgnoreCase(headline.strip())) return null;
    return text;
  }

  private static String meta(Document page, String key) {
    for (Element meta : page.select("meta[property], meta[name]")) {
      String name = meta.hasAttr("property") ? meta.attr("property") : meta.attr("name");
      if (name.equalsIgnoreCase(key) && !meta.attr("content").isBlank()) return meta.attr("content").strip();
    }
    return null;
  }
}
