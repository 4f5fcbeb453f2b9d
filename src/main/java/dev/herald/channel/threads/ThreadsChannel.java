package dev.herald.channel.threads;

import com.restfb.Parameter;
import com.restfb.json.JsonObject;
import dev.herald.channel.Channel;
import dev.herald.channel.Lookup;
import dev.herald.channel.OutgoingPost;
import dev.herald.channel.PersistentState;
import dev.herald.channel.PublicCards;
import dev.herald.channel.PublishException;
import dev.herald.channel.Receipt;
import dev.herald.channel.graph.ContainerPublisher;
import dev.herald.channel.graph.Graph;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts to a Threads profile: the card as an IMAGE container (fetched by Threads from Herald's
 * public card URL), or, without a card, a TEXT container whose {@code link_attachment} shows the
 * article's preview. Quota from {@code threads_publishing_limit}, read before each post.
 */
final class ThreadsChannel implements Channel {

  private static final Logger LOG = LoggerFactory.getLogger(ThreadsChannel.class);

  private final String id;
  private final String userId;
  private final Graph graph;
  private final ContainerPublisher containers;
  private final PublicCards publicCards;
  private final ThreadsToken token;
  private final PersistentState state;

  ThreadsChannel(String id, String userId, Graph graph, ContainerPublisher containers, PublicCards publicCards,
      ThreadsToken token, PersistentState state) {
    this.state = state;
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
    refreshTokenIfDue();
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

  /** {@code check --live} refreshes the token, so the stored expiry is fresh and the new token kept. */
  @Override
  public String verify() throws PublishException {
    JsonObject me = graph.get(userId, Parameter.with("fields", "id,username"));
    String account = "@" + me.getString("username", "?") + " (Threads " + me.getString("id", userId) + "), publishing quota used "
        + containers.checkQuota();
    try {
      return account + ", token refreshed until " + refresh().expiresAt();
    } catch (PublishException e) {
      return account + ", token not refreshed: " + e.getMessage();
    }
  }

  @Override
  public Optional<Instant> credentialExpiry() {
    return state.credentialExpiry();
  }

  /** A failed refresh does not fail the post: the current token may well still work, and the next try comes within the hour. */
  private void refreshTokenIfDue() {
    if (!token.due()) return;
    try {
      refresh();
    } catch (PublishException e) {
      LOG.warn("channel {}: Threads token not refreshed: {}", id, e.getMessage());
    }
  }

  private ThreadsToken.Refreshed refresh() throws PublishException {
    ThreadsToken.Refreshed fresh = token.refresh();
    graph.useToken(fresh.accessToken());
    return fresh;
  }
}
