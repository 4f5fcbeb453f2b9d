package dev.herald.channel.threads;

import com.restfb.Parameter;
import com.restfb.json.JsonObject;
import dev.herald.channel.Channel;
import dev.herald.channel.OutgoingPost;
import dev.herald.channel.PublicCards;
import dev.herald.channel.PublishException;
import dev.herald.channel.Receipt;
import dev.herald.channel.graph.ContainerPublisher;
import dev.herald.channel.graph.Graph;
import java.util.ArrayList;

/**
 * Posts to a Threads profile: the card as an IMAGE container (fetched by Threads from Herald's
 * public card URL), or, without a card, a TEXT container whose {@code link_attachment} shows the
 * article's preview. Quota from {@code threads_publishing_limit}, read before each post.
 */
final class ThreadsChannel implements Channel {

  private final String id;
  private final String userId;
  private final Graph graph;
  private final ContainerPublisher containers;
  private final PublicCards publicCards;
  private final ThreadsToken token;

  ThreadsChannel(String id, String userId, Graph graph, ContainerPublisher containers, PublicCards publicCards,
      ThreadsToken token) {
    this.id = id;
    this.userId = userId;
    this.graph = graph;
    this.containers = containers;
    this.publicCards = publicCards;
    this.token = token;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Receipt publish(OutgoingPost post) throws PublishException {
    containers.checkQuota();
    var parameters = new ArrayList<Parameter>();
    parameters.add(Parameter.with("text", post.text()));
    if (post.card() != null) {
      parameters.add(Parameter.with("media_type", "IMAGE"));
      parameters.add(Parameter.with("image_url", publicCards.publish(post.card())));
      if (post.card().altText() != null && !post.card().altText().isBlank()) {
        parameters.add(Parameter.with("alt_text", post.card().altText()));
      }
    } else {
      parameters.add(Parameter.with("media_type", "TEXT"));
      if (post.link() != null && !post.link().isBlank()) parameters.add(Parameter.with("link_attachment", post.link()));
    }
    String key = post.idempotencyKey() != null ? post.idempotencyKey() : "post-" + post.postId();
    return containers.publish(key, post.text(), parameters.toArray(Parameter[]::new));
  }

  @Override
  public String verify() throws PublishException {
    JsonObject me = graph.get(userId, Parameter.with("fields", "id,username"));
    return "@" + me.getString("username", "?") + " (Threads " + me.getString("id", userId) + "), publishing quota used "
        + containers.checkQuota();
  }

  /** The refresh call for the long-lived token; persisting the new one is the plug-in state store's job. */
  ThreadsToken token() {
    return token;
  }
}
