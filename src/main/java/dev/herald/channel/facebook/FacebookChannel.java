package dev.herald.channel.facebook;

import com.restfb.BinaryAttachment;
import com.restfb.Parameter;
import com.restfb.json.JsonObject;
import dev.herald.card.Card;
import dev.herald.channel.Channel;
import dev.herald.channel.OutgoingPost;
import dev.herald.channel.PublishException;
import dev.herald.channel.Receipt;
import dev.herald.channel.graph.Graph;
import java.time.Instant;
import java.util.Optional;

/**
 * Posts to one Facebook Page: the card as a photo with the text as its caption ({@code postAs:
 * photo}, the default), or the text with the article as a link post ({@code postAs: link}, and
 * whenever there is no card). Facebook has no idempotency key, so a lost answer stays in doubt.
 */
final class FacebookChannel implements Channel {

  private final String id;
  private final String pageId;
  private final boolean photo;
  private final Graph graph;
  private volatile Optional<Instant> tokenExpiry = Optional.empty();

  FacebookChannel(String id, String pageId, boolean photo, Graph graph) {
    this.id = id;
    this.pageId = pageId;
    this.photo = photo;
    this.graph = graph;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Receipt publish(OutgoingPost post) throws PublishException {
    if (photo && post.card() != null) return photoPost(post, post.card());
    return linkPost(post);
  }

  private Receipt photoPost(OutgoingPost post, Card card) throws PublishException {
    var file = BinaryAttachment.with("source", "card." + card.extension(), card.bytes(), card.mime());
    JsonObject answer = graph.publish(pageId + "/photos", file,
        Parameter.with("message", post.text()), Parameter.with("published", true));
    // The photo's own id opens the photo viewer; post_id is the Page post the receipt must name.
    String postId = answer.getString("post_id", null);
    return receipt(postId != null ? postId : graph.id(answer, "photo post", true));
  }

  private Receipt linkPost(OutgoingPost post) throws PublishException {
    var parameters = post.link() == null || post.link().isBlank()
        ? new Parameter[] {Parameter.with("message", post.text())}
        : new Parameter[] {Parameter.with("message", post.text()), Parameter.with("link", post.link())};
    return receipt(graph.id(graph.publish(pageId + "/feed", parameters), "link post", true));
  }

  /** Page post ids are "{page-id}_{post-id}"; facebook.com/{page-id}/posts/{post-id} opens that very post. */
  static Receipt receipt(String postId) {
    int underscore = postId.indexOf('_');
    String url = underscore > 0
        ? "https://www.facebook.com/" + postId.substring(0, underscore) + "/posts/" + postId.substring(underscore + 1)
        : "https://www.facebook.com/" + postId;
    return new Receipt(postId, url);
  }

  /** Learnt by {@link #verify()} from debug_token; Page tokens from a long-lived user token never expire. */
  @Override
  public Optional<Instant> credentialExpiry() {
    return tokenExpiry;
  }

  @Override
  public String verify() throws PublishException {
    tokenExpiry = graph.tokenExpiry();
    JsonObject page = graph.get(pageId, Parameter.with("fields", "id,name,link"));
    return page.getString("name", "?") + " (Facebook Page " + page.getString("id", pageId) + ")";
  }
}
