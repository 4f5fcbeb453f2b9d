package dev.herald.fake;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;

/**
 * Meta's container publishing as Instagram and Threads run it: a container fetches its image from
 * {@code image_url} when created (a URL that does not answer a JPEG makes it ERROR), reports its
 * status, publishes once, and counts against a daily quota. Tests script statuses and the quota.
 */
public abstract class FakeContainers extends FakeGraph {

  /** One published post as the platform lists it. */
  public record Published(String mediaId, String containerId, String text, Map<String, String> container) {}

  private static final OkHttpClient FETCHER = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(5)).build();

  private final String userId;
  private final String createEdge;
  private final String publishEdge;
  private final String statusField;
  private final String errorField;
  private final String textField;
  private final String quotaEdge;
  private final AtomicLong ids = new AtomicLong(17889455560051000L);
  private final Map<String, Container> containers = new ConcurrentHashMap<>();
  private final List<Published> published = new CopyOnWriteArrayList<>();
  private final ConcurrentLinkedQueue<String> scriptedStatuses = new ConcurrentLinkedQueue<>();
  private final AtomicInteger quotaUsed = new AtomicInteger();
  private volatile int quotaTotal;

  private static final class Container {
    final Map<String, String> fields;
    volatile String status;
    volatile String error = "";

    Container(Map<String, String> fields, String status) {
      this.fields = fields;
      this.status = status;
    }
  }

  protected FakeContainers(String version, String token, String userId, String createEdge, String publishEdge,
      String statusField, String errorField, String textField, String quotaEdge, int quotaTotal) {
    super(version, token);
    this.userId = userId;
    this.createEdge = createEdge;
    this.publishEdge = publishEdge;
    this.statusField = statusField;
    this.errorField = errorField;
    this.textField = textField;
    this.quotaEdge = quotaEdge;
    this.quotaTotal = quotaTotal;
  }

  /** The next containers' status reads answer these, one each, before the real status. */
  public void nextStatuses(String... statuses) {
    scriptedStatuses.addAll(List.of(statuses));
  }

  public void quota(int used, int total) {
    quotaUsed.set(used);
    quotaTotal = total;
  }

  public List<Published> published() {
    return List.copyOf(published);
  }

  public List<String> texts() {
    return published.stream().map(Published::text).toList();
  }

  protected abstract String permalink(String mediaId);

  /** The account as {@code GET /{user-id}?fields=id,username} answers it. */
  protected abstract String account();

  /** Checks the container's fields; an error answer, or null when they are fine. */
  protected abstract MockResponse refuse(Map<String, String> fields);

  @Override
  protected MockResponse answer(Recorded r, String path) {
    if (r.method().equals("GET") && path.equals(userId + "/" + quotaEdge)) {
      return json(200, "{\"data\":[{\"quota_usage\":%d,\"config\":{\"quota_total\":%d,\"quota_duration\":86400}}]}"
          .formatted(quotaUsed.get(), quotaTotal));
    }
    if (r.method().equals("POST") && path.equals(userId + "/" + createEdge)) return create(r);
    if (r.method().equals("POST") && path.equals(userId + "/" + publishEdge)) return publish(field(r, "creation_id"));
    if (r.method().equals("GET") && path.equals(userId + "/" + createEdge)) return listing();
    if (r.method().equals("GET") && path.equals(userId)) return json(200, account());
    if (r.method().equals("GET") && containers.containsKey(path)) {
      Container c = containers.get(path);
      String scripted = scriptedStatuses.poll();
      String status = scripted != null ? scripted : c.status;
      String error = status.equals("ERROR") ? (c.error.isEmpty() ? "Error: the media could not be processed" : c.error)
          : status.equals("EXPIRED") ? "The container was not published within 24 hours" : "";
      if (statusField.equals(errorField)) return json(200, "{\"id\":\"%s\",\"%s\":\"%s\"}".formatted(path, statusField, status));
      return json(200, "{\"id\":\"%s\",\"%s\":\"%s\",\"%s\":\"%s\"}".formatted(path, statusField, status, errorField, error));
    }
    for (Published p : published) {
      if (r.method().equals("GET") && path.equals(p.mediaId())) {
        return json(200, "{\"id\":\"%s\",\"permalink\":\"%s\"}".formatted(p.mediaId(), permalink(p.mediaId())));
      }
    }
    return graphError(400, 100, 33, "GraphMethodException", "Unsupported get request. Object with ID '" + path + "' does not exist");
  }

  private MockResponse create(Recorded r) {
    var fields = Map.copyOf(r.fields());
    MockResponse refused = refuse(fields);
    if (refused != null) return refused;
    String id = String.valueOf(ids.incrementAndGet());
    var container = new Container(fields, "FINISHED");
    String imageUrl = fields.get("image_url");
    if (imageUrl != null) {
      String problem = fetchJpeg(imageUrl);
      if (problem != null) {
        container.status = "ERROR";
        container.error = "Error: Media download has failed. " + problem;
      }
    }
    containers.put(id, container);
    return json(200, "{\"id\":\"" + id + "\"}");
  }

  private static String fetchJpeg(String url) {
    try (Response response = FETCHER.newCall(new Request.Builder().url(url).build()).execute()) {
      byte[] bytes = response.body() == null ? new byte[0] : response.body().bytes();
      if (!response.isSuccessful()) return "The media URI answered " + response.code() + ".";
      if (bytes.length < 3 || (bytes[0] & 0xFF) != 0xFF || (bytes[1] & 0xFF) != 0xD8) return "The media is not a JPEG.";
      return null;
    } catch (IOException | IllegalArgumentException e) {
      return "The media URI could not be fetched: " + e.getMessage();
    }
  }

  private MockResponse publish(String creationId) {
    Container c = creationId == null ? null : containers.get(creationId);
    if (c == null) return graphError(400, 100, 2207027, "OAuthException", "The media ID is not available");
    if (c.status.equals("PUBLISHED")) return graphError(400, 9007, 2207006, "OAuthException", "The media has already been published");
    if (!c.status.equals("FINISHED")) return graphError(400, 9007, 2207027, "OAuthException", "Media ID is not available");
    if (quotaTotal > 0 && quotaUsed.get() >= quotaTotal) {
      return graphError(400, 9, 2207042, "OAuthException", "Application request limit reached");
    }
    c.status = "PUBLISHED";
    quotaUsed.incrementAndGet();
    String mediaId = String.valueOf(ids.incrementAndGet());
    published.add(new Published(mediaId, creationId, c.fields.getOrDefault(textField, ""), c.fields));
    return json(200, "{\"id\":\"" + mediaId + "\"}");
  }

  private MockResponse listing() {
    var items = new ArrayList<String>();
    for (int i = published.size() - 1; i >= 0; i--) {
      Published p = published.get(i);
      items.add("{\"id\":\"%s\",\"%s\":%s,\"permalink\":\"%s\"}".formatted(p.mediaId(), textField,
          quoted(p.text()), permalink(p.mediaId())));
    }
    return json(200, "{\"data\":[" + String.join(",", items) + "]}");
  }

  private static String quoted(String text) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
