package dev.herald.channel.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.channel.OutgoingPost;
import dev.herald.channel.SamePost;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Tells whether a status Mastodon shows is a given post. Mastodon renders the text as HTML (links
 * as anchors with the full URL in {@code href}, line breaks as paragraphs), so the status is this post
 * when it links the post's article (an anchor or its preview card) or reads the same, whitespace aside.
 */
final class MastodonStatuses {

  private static final int EXCERPT = 80;

  private MastodonStatuses() {}

  static boolean isPost(JsonNode status, OutgoingPost post) {
    if (SamePost.sameLink(status.path("card").path("url").asText(null), post.link())) return true;
    Document content = Jsoup.parseBodyFragment(status.path("content").asText(""));
    for (Element anchor : content.select("a[href]")) {
      if (SamePost.sameLink(anchor.attr("href"), post.link())) return true;
    }
    return SamePost.sameText(content.text(), post.text());
  }

  /** The status's public URL, else its id: how a person finds it. */
  static String where(JsonNode status) {
    String url = status.path("url").asText("");
    return url.isBlank() ? "status " + status.path("id").asText("?") : url;
  }

  static String excerpt(JsonNode status) {
    String text = Jsoup.parseBodyFragment(status.path("content").asText("")).text();
    return text.codePointCount(0, text.length()) <= EXCERPT ? text : text.substring(0, text.offsetByCodePoints(0, EXCERPT)) + "…";
  }
}
