package dev.herald.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). */
final class JsonFeedParser {

  private static final ObjectMapper JSON = JsonLimits.strict();

  private JsonFeedParser() {}

  static List<Article> parse(byte[] body, String baseUrl) throws FeedException {
    JsonNode feed = read(body);
    String version = feed.path("version").asText("");
    if (!version.startsWith("https://jsonfeed.org/version/1")) {
      throw new FeedException("JSON document is not a JSON Feed (version is '" + version + "')");
    }
    JsonNode items = feed.path("items");
    if (!items.isArray()) throw new FeedException("JSON Feed has no items array");
    String feedLanguage = Texts.primaryLanguage(feed.path("language").asText(null));
    var articles = new ArrayList<Article>();
    for (JsonNode item : items) {
      Article article = toArticle(item, baseUrl, feedLanguage);
      if (article != null) articles.add(article);
    }
    return articles;
  }

  static JsonNode read(byte[] body) throws FeedException {
    try {
      JsonNode node = JSON.readTree(body);
      if (node == null || !node.isObject()) throw new FeedException("JSON document is not an object, so not a JSON Feed");
      return node;
    } catch (JsonProcessingException e) {
      // A limit (StreamConstraintsException) may come without a location.
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
      throw new FeedException("malformed JSON" + where + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new FeedException("unreadable JSON: " + e.getMessage(), e);
    }
  }

  private static Article toArticle(JsonNode item, String baseUrl, String feedLanguage) {
    String guid = text(item, "id");
    String url = UrlNormalizer.absolute(baseUrl, text(item, "url"));
    if (url == null) url = UrlNormalizer.absolute(baseUrl, text(item, "external_url"));
    if (url == null) url = UrlNormalizer.absolute(null, guid);
    String description = Texts.plain(text(item, "summary"));
    String html = text(item, "content_html");
    String body = html != null ? Texts.paragraphs(html) : Texts.tidy(text(item, "content_text"));
    String title = Texts.plain(text(item, "title"));
    if (title == null) title = description;
    if (url == null || title == null) return null;
    String image = text(item, "image") != null ? text(item, "image") : text(item, "banner_image");
    image = image != null ? FeedImages.resolve(baseUrl, url, image) : FeedImages.firstImg(html, url, baseUrl);
    List<String> tags = tags(item);
    String published = text(item, "date_published") != null ? text(item, "date_published") : text(item, "date_modified");
    String language = Texts.mostlyDevanagari(title) ? "hi"
        : text(item, "language") != null ? Texts.primaryLanguage(text(item, "language")) : feedLanguage;
    return new Article(url, guid != null ? guid : url, null, title, description, body, image,
        Dates.parse(published), tags.isEmpty() ? null : tags.get(0), tags, authors(item), language);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || !value.isValueNode() || value.isNull() ? null : Texts.blankToNull(value.asText());
  }

  private static List<String> tags(JsonNode item) {
    var tags = new LinkedHashSet<String>();
    for (JsonNode tag : item.path("tags")) {
      String value = Texts.plain(tag.asText());
      if (value != null) tags.add(value);
    }
    return List.copyOf(tags);
  }

  // 1.1 has "authors" (array); 1.0 has "author" (object).
  private static String authors(JsonNode item) {
    var names = new LinkedHashSet<String>();
    for (JsonNode author : item.path("authors")) {
      if (text(author, "name") != null) names.add(text(author, "name"));
    }
    if (names.isEmpty() && text(item.path("author"), "name") != null) names.add(text(item.path("author"), "name"));
    return names.isEmpty() ? null : String.join(", ", names);
  }
}
