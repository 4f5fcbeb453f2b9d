package dev.herald.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The page's schema.org article (NewsArticle, Article, ReportageNewsArticle…), also when nested in {@code @graph}. */
final class JsonLd {

  /** What JSON-LD said about the article; any field may be null. */
  record Facts(String headline, String description, String image, String datePublished, String section,
      List<String> keywords, String author, String language) {}

  private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
      "AnalysisNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting");

  private static final ObjectMapper JSON = JsonLimits.lenient();

  private JsonLd() {}

  static Facts find(Document page) {
    for (Element script : page.select("script[type=application/ld+json]")) {
      JsonNode article = articleNode(script.data());
      if (article != null) return facts(article);
    }
    return null;
  }

  private static JsonNode articleNode(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (IOException malformed) {
      return null; // one broken block must not hide the others
    }
    Deque<JsonNode> pending = new ArrayDeque<>();
    if (root != null) pending.add(root);
    while (!pending.isEmpty()) {
      JsonNode node = pending.poll();
      if (node.isArray()) node.forEach(pending::add);
      if (!node.isObject()) continue;
      if (isArticle(node.get("@type"))) return node;
      if (node.has("@graph")) pending.add(node.get("@graph"));
      if (node.has("mainEntity")) pending.add(node.get("mainEntity"));
    }
    return null;
  }

  private static boolean isArticle(JsonNode type) {
    if (type == null) return false;
    if (type.isTextual()) return ARTICLE_TYPES.contains(type.asText());
    for (JsonNode t : type) {
      if (ARTICLE_TYPES.contains(t.asText())) return true;
    }
    return false;
  }

  private static Facts facts(JsonNode a) {
    return new Facts(Texts.plain(text(a.get("headline"))), Texts.plain(text(a.get("description"))), image(a.get("image")),
        text(a.get("datePublished")), first(a.get("articleSection")), keywords(a.get("keywords")),
        names(a.get("author")), language(a.get("inLanguage")));
  }

  private static String text(JsonNode node) {
    return node == null || !node.isValueNode() || node.isNull() ? null : Texts.blankToNull(node.asText());
  }

  private static String first(JsonNode node) {
    if (node == null) return null;
    if (node.isArray()) return node.isEmpty() ? null : Texts.plain(text(node.get(0)));
    return Texts.plain(text(node));
  }

  // image: "url" | ["url", …] | {"url": …} | [{"@type": "ImageObject", "url": …}, …]
  private static String image(JsonNode node) {
    if (node == null) return null;
    if (node.isArray()) return node.isEmpty() ? null : image(node.get(0));
    if (node.isObject()) return text(node.has("url") ? node.get("url") : node.get("contentUrl"));
    return text(node);
  }

  private static List<String> keywords(JsonNode node) {
    var out = new LinkedHashSet<String>();
    if (node == null) return List.of();
    List<String> raw = new ArrayList<>();
    if (node.isArray()) node.forEach(k -> raw.add(k.asText()));
    else raw.add(node.asText());
    for (String value : raw) {
      for (String keyword : value.split(",")) {
        String plain = Texts.plain(keyword);
        if (plain != null) out.add(plain);
      }
    }
    return List.copyOf(out);
  }

  // author: "Name" | {"name": …} | [{"name": …}, …]
  private static String names(JsonNode node) {
    if (node == null) return null;
    var names = new LinkedHashSet<String>();
    for (JsonNode author : node.isArray() ? node : List.of(node)) {
      String name = author.isObject() ? text(author.get("name")) : text(author);
      if (name != null && !name.startsWith("http")) names.add(Texts.plain(name));
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private static String language(JsonNode node) {
    if (node == null) return null;
    return Texts.primaryLanguage(node.isObject() ? text(node.get("alternateName")) : text(node));
  }
}
