package dev.herald.channel.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.channel.OutgoingPost;
import dev.herald.channel.SamePost;

/** Tells whether a record found under a post's key is that post (same text or same link card). */
final class BlueskyRecords {

  private static final int EXCERPT = 80;

  private BlueskyRecords() {}

  static boolean isPost(JsonNode record, OutgoingPost post) {
    if (!record.isObject()) return false;
    return SamePost.sameText(record.path("text").asText(null), post.text())
        || SamePost.sameLink(record.path("embed").path("external").path("uri").asText(null), post.link());
  }

  static String excerpt(JsonNode record) {
    String text = record.path("text").asText("");
    return text.codePointCount(0, text.length()) <= EXCERPT ? text : text.substring(0, text.offsetByCodePoints(0, EXCERPT)) + "…";
  }
}
