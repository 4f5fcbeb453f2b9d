package dev.herald.source;

import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import java.util.Locale;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jsoup.Jsoup;

/** An entry's lead image: media:content, media:thumbnail, an image enclosure, then the first content {@code <img>}. */
final class FeedImages {

  static final Namespace MEDIA = Namespace.getNamespace("media", "http://search.yahoo.com/mrss/");

  private FeedImages() {}

  static String find(SyndEntry entry, String contentHtml, String itemUrl) {
    String media = fromMedia(entry);
    if (media != null) return UrlNormalizer.absolute(itemUrl, media);
    for (SyndEnclosure enclosure : entry.getEnclosures()) {
      if (isImage(enclosure.getType(), enclosure.getUrl())) return UrlNormalizer.absolute(itemUrl, enclosure.getUrl());
    }
    return firstImg(contentHtml != null ? contentHtml
        : entry.getDescription() == null ? null : entry.getDescription().getValue(), itemUrl);
  }

  static String firstImg(String html, String baseUrl) {
    if (html == null || !html.contains("<img")) return null;
    var img = Jsoup.parseBodyFragment(html).selectFirst("img[src]");
    return img == null ? null : UrlNormalizer.absolute(baseUrl, img.attr("src"));
  }

  private static String fromMedia(SyndEntry entry) {
    String thumbnail = null;
    for (Element element : entry.getForeignMarkup()) {
      if (!MEDIA.getURI().equals(element.getNamespaceURI())) continue;
      String found = switch (element.getName()) {
        case "content" -> imageContent(element);
        case "group" -> fromGroup(element);
        default -> null;
      };
      if (found != null) return found;
      if (thumbnail == null && "thumbnail".equals(element.getName())) thumbnail = Texts.blankToNull(element.getAttributeValue("url"));
    }
    return thumbnail;
  }

  private static String fromGroup(Element group) {
    for (Element content : group.getChildren("content", MEDIA)) {
      String found = imageContent(content);
      if (found != null) return found;
    }
    Element thumbnail = group.getChild("thumbnail", MEDIA);
    return thumbnail == null ? null : Texts.blankToNull(thumbnail.getAttributeValue("url"));
  }

  private static String imageContent(Element content) {
    String url = Texts.blankToNull(content.getAttributeValue("url"));
    String medium = content.getAttributeValue("medium");
    if (url == null) return null;
    if (medium != null) return medium.equalsIgnoreCase("image") ? url : null;
    return isImage(content.getAttributeValue("type"), url) ? url : null;
  }

  static boolean isImage(String type, String url) {
    if (type != null && !type.isBlank()) return type.toLowerCase(Locale.ROOT).startsWith("image/");
    if (url == null) return false;
    String path = url.toLowerCase(Locale.ROOT).replaceFirst("[?#].*$", "");
    return path.matches(".*\\.(jpe?g|png|gif|webp|avif)$");
  }
}
