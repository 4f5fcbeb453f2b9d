package dev.herald.channel.bluesky;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.twitter.twittertext.Extractor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Bluesky rich-text facets for a post's text: a link facet per http(s) URL, one on the post link's
 * display form ({@link BlueskyTextRules#linkText}) targeting the full tracked link, and a tag facet per
 * #hashtag, each indexed by UTF-8 byte offsets, as the app view slices the text.
 */
final class Facets {

  private static final int MAX_TAG_BYTES = 640;

  private Facets() {}

  static ArrayNode of(String text) {
    return of(text, null);
  }

  /** As {@link #of(String)}, with {@code link}'s display form in the text made a link to {@code link}. */
  static ArrayNode of(String text, String link) {
    var extractor = new Extractor();
    extractor.setExtractURLWithoutProtocol(false);
    List<Extractor.Entity> entities = new ArrayList<>(extractor.extractURLsWithIndices(text));
    entities.addAll(extractor.extractHashtagsWithIndices(text));
    String shown = link == null ? null : new BlueskyTextRules().linkText(link);
    int at = shown == null || shown.equals(link) ? -1 : text.indexOf(shown);
    // the short form inside a full URL the text also shows is that URL's facet already
    if (at >= 0 && entities.stream().noneMatch(e -> e.getStart() < at + shown.length() && at < e.getEnd())) {
      entities.add(new Extractor.Entity(at, at + shown.length(), link, Extractor.Entity.Type.URL));
    }
    entities.sort(Comparator.comparingInt(Extractor.Entity::getStart));
    ArrayNode facets = JsonNodeFactory.instance.arrayNode();
    for (var entity : entities) {
      ObjectNode feature = feature(entity);
      if (feature == null) continue;
      ObjectNode facet = facets.addObject();
      facet.putObject("index")
          .put("byteStart", utf8Offset(text, entity.getStart()))
          .put("byteEnd", utf8Offset(text, entity.getEnd()));
      facet.putArray("features").add(feature);
    }
    return facets;
  }

  private static ObjectNode feature(Extractor.Entity entity) {
    var feature = JsonNodeFactory.instance.objectNode();
    if (entity.getType() == Extractor.Entity.Type.URL) {
      return feature.put("$type", "app.bsky.richtext.facet#link").put("uri", entity.getValue());
    }
    if (entity.getValue().getBytes(StandardCharsets.UTF_8).length > MAX_TAG_BYTES) return null;
    return feature.put("$type", "app.bsky.richtext.facet#tag").put("tag", entity.getValue());
  }

  /** The UTF-8 byte offset of a UTF-16 index into {@code text}. */
  static int utf8Offset(String text, int charIndex) {
    return text.substring(0, charIndex).getBytes(StandardCharsets.UTF_8).length;
  }
}
