package dev.herald.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Small questions about fetched documents, for {@code preview} and the parsers. */
public final class Sources {

  private static final int SNIFF_BYTES = 2048;

  private Sources() {}

  /** What a document is, judged from its first bytes. */
  enum Kind { XML, JSON, HTML, UNKNOWN }

  /**
   * True when {@code body} is a feed or sitemap Herald can parse (judged by its first bytes, the
   * Content-Type only as a hint), false for an article page or anything else. Never throws.
   */
  public static boolean looksLikeFeed(byte[] body, String contentType) {
    if (body == null || body.length == 0) return false;
    String head = head(body);
    return switch (sniff(body)) {
      case JSON -> head.contains("jsonfeed.org/version") || isFeedType(contentType);
      case XML -> head.matches("(?s).*<(?:[a-z0-9]+:)?(?:rss|feed|rdf|urlset)[\\s>/].*");
      case HTML, UNKNOWN -> false;
    };
  }

  private static boolean isFeedType(String contentType) {
    return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("feed+json");
  }

  static Kind sniff(byte[] body) {
    String head = head(body);
    if (head.isEmpty()) return Kind.UNKNOWN;
    if (head.startsWith("{")) return Kind.JSON;
    if (!head.startsWith("<")) return Kind.UNKNOWN;
    if (head.startsWith("<!doctype html") || head.matches("(?s)^(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<html.*")) {
      return Kind.HTML;
    }
    return Kind.XML;
  }

  // Lower-cased start of the document without BOM or leading whitespace. UTF-16 documents
  // are rare for feeds; their markup still shows once the zero bytes are dropped.
  private static String head(byte[] body) {
    int start = XmlDocuments.startsWithBom(body) ? (body[0] == (byte) 0xEF ? 3 : 2) : 0;
    int length = Math.min(body.length - start, SNIFF_BYTES);
    String text = new String(body, start, Math.max(length, 0), StandardCharsets.ISO_8859_1).replace("\0", "");
    return text.strip().toLowerCase(Locale.ROOT);
  }
}
