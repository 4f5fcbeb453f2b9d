package dev.herald.channel.graph;

import com.restfb.Parameter;
import com.restfb.json.JsonArray;
import com.restfb.json.JsonObject;
import com.restfb.json.JsonValue;
import dev.herald.channel.Lookup;
import dev.herald.channel.OutgoingPost;
import dev.herald.channel.PersistentState;
import dev.herald.channel.PublishException;
import dev.herald.channel.Receipt;
import java.time.Duration;
import java.util.Optional;

/**
 * Meta's two-step publishing (Instagram, Threads): create a container, wait until its status is
 * FINISHED, publish it. A container publishes at most once, so the container id is stored in the
 * channel's {@link PersistentState} under the post's idempotency key BEFORE it is published: a retry, or
 * a restart after a crash between creating and publishing, reuses it, and a lost answer is settled by
 * reading the container's status — PUBLISHED means the post exists and is looked up, FINISHED means it
 * did not go out and is published again. The entries stay (one short row per post) so a post whose
 * outcome was lost can still be looked up later.
 */
public final class ContainerPublisher {

  /** Meta counts quota over a rolling day and names no reset time; an hour frees the oldest slots soonest. */
  static final Duration QUOTA_WAIT = Duration.ofHours(1);

  private final ContainerApi api;
  private final Graph graph;
  private final String userId;
  private final ContainerWait wait;
  private final PersistentState state;

  public ContainerPublisher(ContainerApi api, Graph graph, String userId, ContainerWait wait, PersistentState state) {
    this.api = api;
    this.graph = graph;
    this.userId = userId;
    this.wait = wait;
    this.state = state;
  }

  /** Reads the account's publishing quota now; throws RETRYABLE when it is used up. Returns "used/total". */
  public String checkQuota() throws PublishException {
    JsonObject answer = graph.get(userId + "/" + api.quotaEdge(), Parameter.with("fields", "quota_usage,config"));
    JsonValue data = answer.get("data");
    if (data == null || !data.isArray() || data.asArray().isEmpty()) return "unknown";
    JsonObject limit = data.asArray().get(0).asObject();
    int used = limit.getInt("quota_usage", 0);
    JsonValue config = limit.get("config");
    int total = config != null && config.isObject() ? config.asObject().getInt("quota_total", 0) : 0;
    long seconds = config != null && config.isObject() ? config.asObject().getLong("quota_duration", 86_400) : 86_400;
    if (total > 0 && used >= total) {
      throw PublishException.retryable(api.platform() + " publishing quota used up: " + used + " of " + total
          + " posts in the last " + Duration.ofSeconds(seconds).toHours() + " h", QUOTA_WAIT);
    }
    return used + "/" + total;
  }

  /** Creates (or reuses) the post's container, waits for it, publishes it. */
  public Receipt publish(OutgoingPost post, Parameter... container) throws PublishException {
    return publish(keyOf(post), post.text(), container);
  }

  /** What became of {@code post} whose answer was lost; see {@link #lookup(String, String)}. */
  public Lookup lookup(OutgoingPost post) throws PublishException {
    return lookup(keyOf(post), post.text());
  }

  /** The post's stored idempotency key names its container in the channel's state. */
  private static String keyOf(OutgoingPost post) {
    return post.idempotencyKey() != null ? post.idempotencyKey() : "post-" + post.postId();
  }

  private Receipt publish(String key, String text, Parameter... container) throws PublishException {
    Optional<String> published = state.get(mediaKey(key));
    if (published.isPresent()) return receipt(published.get());
    String containerId = state.get(containerKey(key)).orElse(null);
    String status = containerId == null ? "" : awaitReady(key, containerId, true);
    if (containerId == null || status.equals("EXPIRED")) {
      // An unpublished container posts nothing, so a fresh one is safe; it is stored before it is published.
      containerId = graph.id(graph.prepare(userId + "/" + api.createEdge(), container), "container", false);
      state.put(containerKey(key), containerId, null);
      status = awaitReady(key, containerId, false);
    }
    if (status.equals("PUBLISHED")) return settled(key, containerId, text);
    try {
      return published(key, graph.id(graph.publish(userId + "/" + api.publishEdge(),
          Parameter.with("creation_id", containerId)), "publish", true));
    } catch (PublishException e) {
      if (e.kind() != PublishException.Kind.IN_DOUBT) throw e;
      return settle(key, containerId, text, e);
    }
  }

  /**
   * What became of the post with idempotency key {@code key} whose answer was lost: FOUND when its
   * container was published, ABSENT when no container of it was ever published (a re-send reuses it),
   * UNKNOWN when the container is PUBLISHED but the post is not among the newest.
   */
  Lookup lookup(String key, String text) throws PublishException {
    Optional<String> published = state.get(mediaKey(key));
    if (published.isPresent()) return Lookup.found(receipt(published.get()), api.platform() + " published it");
    Optional<String> containerId = state.get(containerKey(key));
    if (containerId.isEmpty()) return Lookup.absent("no " + api.platform() + " container was stored for it, so it was never published");
    String status = status(containerId.get()).getString(api.statusField(), "");
    if (!status.equals("PUBLISHED")) {
      return Lookup.absent(api.platform() + " container " + containerId.get() + " is " + (status.isEmpty() ? "unknown" : status)
          + ", not published");
    }
    Optional<Receipt> found = findByText(text);
    return found.map(r -> Lookup.found(r, api.platform() + " container " + containerId.get() + " is PUBLISHED"))
        .orElseGet(() -> Lookup.unknown(api.platform() + " container " + containerId.get()
            + " is PUBLISHED but the post is not among the newest"));
  }

  private Receipt settle(String key, String containerId, String text, PublishException lost) throws PublishException {
    String status;
    try {
      status = status(containerId).getString(api.statusField(), "");
    } catch (PublishException unreadable) {
      throw lost; // still in doubt: the lookup after a restart reads the stored container again
    }
    if (status.equals("PUBLISHED")) return settled(key, containerId, text);
    if (!status.equals("FINISHED")) throw lost;
    return published(key, graph.id(graph.publish(userId + "/" + api.publishEdge(), Parameter.with("creation_id", containerId)),
        "publish", true));
  }

  private Receipt published(String key, String mediaId) throws PublishException {
    state.put(mediaKey(key), mediaId, null);
    return receipt(mediaId);
  }

  /** The container went out earlier: find that post among the newest by its text. */
  private Receipt settled(String key, String containerId, String text) throws PublishException {
    Optional<Receipt> found = findByText(text);
    if (found.isPresent()) {
      state.put(mediaKey(key), found.get().platformId(), null);
      return found.get();
    }
    throw PublishException.inDoubt(api.platform() + " container " + containerId
        + " is PUBLISHED but the post was not found among the newest; check the account", null);
  }

  private Optional<Receipt> findByText(String text) throws PublishException {
    JsonObject recent = graph.get(userId + "/" + api.createEdge(),
        Parameter.with("fields", "id," + api.textField() + ",permalink"), Parameter.with("limit", 25));
    JsonValue data = recent.get("data");
    if (data == null || !data.isArray()) return Optional.empty();
    for (JsonValue item : data.asArray()) {
      JsonObject media = item.asObject();
      if (text.strip().equals(media.getString(api.textField(), "").strip()) && media.getString("id", null) != null) {
        return Optional.of(new Receipt(media.getString("id", null), media.getString("permalink", null)));
      }
    }
    return Optional.empty();
  }

  private static String containerKey(String key) {
    return "container:" + key;
  }

  private static String mediaKey(String key) {
    return "media:" + key;
  }

  /** {@code reused}: a stored container that EXPIRED (24 h unpublished) is replaced rather than failing the post. */
  private String awaitReady(String key, String containerId, boolean reused) throws PublishException {
    for (int attempt = 1; ; attempt++) {
      JsonObject container = status(containerId);
      String status = container.getString(api.statusField(), "");
      switch (status) {
        case "FINISHED", "PUBLISHED" -> {
          return status;
        }
        case "ERROR", "EXPIRED" -> {
          if (reused && status.equals("EXPIRED")) return status;
          state.remove(containerKey(key));
          throw PublishException.permanent(api.platform() + " container " + containerId + " is " + status + ": "
              + container.getString(api.errorField(), "no reason given"));
        }
        default -> {
          if (attempt >= wait.attempts()) {
            throw PublishException.retryable(api.platform() + " is still processing container " + containerId
                + " after " + attempt + " checks", null);
          }
          pause();
        }
      }
    }
  }

  private JsonObject status(String containerId) throws PublishException {
    String fields = api.statusField().equals(api.errorField()) ? api.statusField() : api.statusField() + "," + api.errorField();
    return graph.get(containerId, Parameter.with("fields", "id," + fields));
  }

  private Receipt receipt(String mediaId) throws PublishException {
    String permalink;
    try {
      permalink = graph.get(mediaId, Parameter.with("fields", "permalink")).getString("permalink", null);
    } catch (PublishException e) {
      // The post is out; a missing link must not make it look failed.
      permalink = null;
    }
    return new Receipt(mediaId, permalink);
  }

  private void pause() throws PublishException {
    try {
      wait.pause().sleep(wait.delay());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw PublishException.retryable(api.platform() + ": interrupted while waiting for the container", null);
    }
  }
}
