package dev.herald.source;

import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jsoup.Jsoup;

/**
 * An entry's lead image: media:content, media:thumbnail, an image enclosure, then the first content {@code <img>}.
 * A link is made absolute against the item's page — except a relative path in a feed that is itself a
 * local file ({@code file:} feed URL), which names a file in that feed's own directory tree
 * ("photos/x.jpg" beside config/demo/feed.xml). A link that would leave the tree gives no image.
 */
final class FeedImages {

  static final Namespace MEDIA = Namespace.getNamespace("media", "http://search.yahoo.com/mrss/");

  private FeedImages() {}

  static String find(SyndEntry entry, String contentHtml, String itemUrl, String feedUrl) {
    String media = fromMedia(entry);
    if (media != null) return resolve(feedUrl, itemUrl, media);
    for (SyndEnclosure enclosure : entry.getEnclosures()) {
      if (isImage(enclosure.getType(), enclosure.getUrl())) return resolve(feedUrl, itemUrl, enclosure.getUrl());
    }
    return firstImg(contentHtml != null ? contentHtml
        : entry.getDescription() == null ? null : entry.getDescription().getValue(), itemUrl, feedUrl);
  }

  static String firstImg(String html, String baseUrl, String feedUrl) {
    if (html == null || !html.contains("<img")) return null;
    var img = Jsoup.parseBodyFragment(html).selectFirst("img[src]");
    return img == null ? null : resolve(feedUrl, baseUrl, img.attr("src"));
  }

  /** {@code link} made absolute: beside a local feed file when it is a relative path in one, else against the item's page. */
  static String resolve(String feedUrl, String itemUrl, String link) {
    if (link == null || link.isBlank()) return null;
    if (Fetcher.isFileUrl(feedUrl) && relativePath(link.strip()) != null) return besideFeed(feedUrl.strip(), relativePath(link.strip()));
    // http(s) only: an absolute file: link, from any feed, is no image
    return UrlNormalizer.absolute(itemUrl, link);
  }

  // "photos/x.jpg" → its decoded path; null for anything with a scheme, a host or a leading "/".
  private static String relativePath(String link) {
    try {
      URI ref = new URI(link);
      boolean relative = !ref.isAbsolute() && ref.getRawAuthority() == null && ref.getPath() != null && !ref.getPath().isEmpty()
          && !ref.getPath().startsWith("/");
      return relative ? ref.getPath() : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  // The file's URL, or null when the path leaves the feed file's directory ("../../etc/passwd").
  private static String besideFeed(String feedUrl, String path) {
    try {
      Path dir = Path.of(URI.create(feedUrl)).normalize().getParent();
      Path file = dir.resolve(path).normalize();
      return file.startsWith(dir) && !file.equals(dir) ? file.toUri().toString() : null;
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return null;
    }
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
