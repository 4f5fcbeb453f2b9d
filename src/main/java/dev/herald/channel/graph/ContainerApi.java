package dev.herald.channel.graph;

/**
 * Where one platform's two-step publishing lives: Instagram ({@code media}, {@code media_publish},
 * {@code status_code}, {@code content_publishing_limit}) or Threads ({@code threads},
 * {@code threads_publish}, {@code status}, {@code threads_publishing_limit}).
 */
public record ContainerApi(String platform, String createEdge, String publishEdge, String statusField,
    String errorField, String textField, String quotaEdge) {

  public static final ContainerApi INSTAGRAM = new ContainerApi("Instagram", "media", "media_publish", "status_code",
      "status", "caption", "content_publishing_limit");
  public static final ContainerApi THREADS = new ContainerApi("Threads", "threads", "threads_publish", "status",
      "error_message", "text", "threads_publishing_limit");
}
