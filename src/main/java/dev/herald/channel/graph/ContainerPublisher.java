package dev.herald.channel.graph;

import com.restfb.Parameter;
import com.restfb.json.JsonArray;
import com.restfb.json.JsonObject;
import com.restfb.json.JsonValue;
import dev.herald.channel.PublishException;
import dev.herald.channel.Receipt;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Meta's two-step publishing (Instagram, Threads): create a container, wait until its status is
 * FINISHED, publish it. A container publishes at most once, so publishing the same container
 * again is safe: the container id is kept per post (by its idempotency key) before publishing, and a
 * lost answer is settled by reading the container's status — PUBLISHED means the post exists and is
 * looked up by its text, FINISHED means it did not go out and is published again.
 */
public final class ContainerPublisher {

  /** Meta counts quota over a rolling day and names no reset time; an hour frees the oldest slots soonest. */
  static final Duration QUOTA_WAIT = Duration.ofHours(1);

  private final ContainerApi api;
  private final Graph graph;
  private final String userId;
  private final ContainerWait wait;
  // In memory until the plug-in state store lands in ChannelContext; see the README's platform notes.
  private final Map<String, String> containers = new ConcurrentHashMap<>();

  public ContainerPublisher(ContainerApi api, Graph graph, String userId, ContainerWait wait) {
    this.api = api;
    this.graph = graph;
    this.userId = userId;
    this.wait = wait;
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
  public Receipt publish(String key, String text, Parameter... container) throws PublishException {
    String containerId = containers.get(key);
    if (containerId == null) {
      containerId = graph.id(graph.prepare(userId + "/" + api.createEdge(), container), "container", false);
      containers.put(key, containerId);
    }
    if (awaitReady(key, containerId).equals("PUBLISHED")) return settled(key, containerId, text);
    String mediaId;
    try {
      mediaId = graph.id(graph.publish(userId + "/" + api.publishEdge(), Parameter.with("creation_id", containerId)),
          "publish", true);
    } catch (PublishException e) {
      if (e.kind() != PublishException.Kind.IN_DOUBT) throw e;
      return settle(key, containerId, text, e);
    }
    containers.remove(key);
    return receipt(mediaId);
  }

  private Receipt settle(String key, String containerId, String text, PublishException lost) throws PublishException {
    String status = status(containerId).getString(api.statusField(), "");
    if (status.equals("PUBLISHED")) return settled(key, containerId, text);
    if (!status.equals("FINISHED")) throw lost;
    String mediaId = graph.id(graph.publish(userId + "/" + api.publishEdge(), Parameter.with("creation_id", containerId)),
        "publish", true);
    containers.remove(key);
    return receipt(mediaId);
  }

  /** The container went out earlier: find that post among the newest by its text. */
  private Receipt settled(String key, String containerId, String text) throws PublishException {
    JsonObject recent = graph.get(userId + "/" + api.createEdge(),
        Parameter.with("fields", "id," + api.textField() + ",permalink"), Parameter.with("limit", 25));
    JsonValue data = recent.get("data");
    if (data != null && data.isArray()) {
      for (JsonValue item : data.asArray()) {
        JsonObject media = item.asObject();
        if (text.strip().equals(media.getString(api.textField(), "").strip())) {
          containers.remove(key);
          return new Receipt(media.getString("id", containerId), media.getString("permalink", null));
        }
      }
    }
    throw PublishException.inDoubt(api.platform() + " container " + containerId
        + " is PUBLISHED but the post was not found among the newest; check the account", null);
  }

  private String awaitReady(String key, String containerId) throws PublishException {
    for (int attempt = 1; ; attempt++) {
      JsonObject container = status(containerId);
      String status = container.getString(api.statusField(), "");
      switch (status) {
        case "FINISHED", "PUBLISHED" -> {
          return status;
        }
        case "ERROR", "EXPIRED" -> {
          containers.remove(key);
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
