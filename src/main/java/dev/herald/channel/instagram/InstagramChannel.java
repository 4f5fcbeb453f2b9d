package dev.herald.channel.instagram;

import com.restfb.Parameter;
import com.restfb.json.JsonObject;
import dev.herald.card.Card;
import dev.herald.channel.Channel;
import dev.herald.channel.Lookup;
import dev.herald.channel.OutgoingPost;
import dev.herald.channel.PublicCards;
import dev.herald.channel.PublishException;
import dev.herald.channel.Receipt;
import dev.herald.channel.graph.ContainerPublisher;
import dev.herald.channel.graph.Graph;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;

/**
 * Posts the card to an Instagram Business or Creator account. Instagram fetches the image itself,
 * so the card is first served at a public URL; then container → FINISHED → media_publish, with the
 * publishing quota read from {@code content_publishing_limit} before each post.
 */
final class InstagramChannel implements Channel {

  static final long MAX_IMAGE_BYTES = 8_000_000L;

  private final String id;
  private final String igUserId;
  private final Graph graph;
  private volatile Optional<Instant> tokenExpiry = Optional.empty();
  private final ContainerPublisher containers;
  private final PublicCards publicCards;

  InstagramChannel(String id, String igUserId, Graph graph, ContainerPublisher containers, PublicCards publicCards) {
    this.id = id;
    this.igUserId = igUserId;
    this.graph = graph;
    this.containers = containers;
    this.publicCards = publicCards;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Receipt publish(OutgoingPost post) throws PublishException {
    if (post.card() == null) throw PublishException.permanent("Instagram posts need an image, and this post has no card");
    Card card = JpegCards.jpeg(post.card());
    if (card == null) throw PublishException.permanent("Instagram takes JPEG only, and the " + post.card().mime() + " card could not be converted");
    if (card.bytes().length > MAX_IMAGE_BYTES) {
      throw PublishException.permanent("Instagram takes images up to 8 MB, the card has " + card.bytes().length + " bytes");
    }
    containers.checkQuota();
    var parameters = new ArrayList<Parameter>();
    parameters.add(Parameter.with("image_url", publicCards.publish(card)));
    parameters.add(Parameter.with("caption", post.text()));
    if (card.altText() != null && !card.altText().isBlank()) parameters.add(Parameter.with("alt_text", card.altText()));
    return containers.publish(post, parameters.toArray(Parameter[]::new));
  }

  /** True since the post's container is kept in the store before it is published, and publishes at most once. */
  @Override
  public boolean idempotent() {
    return true;
  }

  @Override
  public Lookup lookup(OutgoingPost post, Instant firstSentAt) throws PublishException {
    return containers.lookup(post);
  }

  /** Learnt by {@link #verify()} from debug_token; Page tokens from a long-lived user token never expire. */
  @Override
  public Optional<Instant> credentialExpiry() {
    return tokenExpiry;
  }

  @Override
  public String verify() throws PublishException {
    tokenExpiry = graph.tokenExpiry();
    JsonObject account = graph.get(igUserId, Parameter.with("fields", "id,username"));
    String quota = containers.checkQuota();
    return "@" + account.getString("username", "?") + " (Instagram " + account.getString("id", igUserId)
        + "), publishing quota used " + quota;
  }
}
