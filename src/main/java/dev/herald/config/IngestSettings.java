package dev.herald.config;

/**
 * How articles come in besides polling. {@code token}: the bearer token of {@code POST /api/articles}
 * (blank: pushing is closed), at least {@link AdminSettings#MIN_TOKEN_LENGTH} characters and never the
 * admin token, so a CMS that holds it can add stories but not skip, retry or read the queue.
 */
public record IngestSettings(String token) {

  public static final IngestSettings CLOSED = new IngestSettings("");

  public IngestSettings {
    token = token == null ? "" : token.strip();
  }

  public boolean open() {
    return !token.isEmpty();
  }
}
