package dev.herald.config;

/**
 * How articles come in besides polling. {@code token}: the bearer token of {@code POST /api/articles}
 * (blank: pushing is closed), at least {@link AdminSettings#MIN_TOKEN_LENGTH} characters and never the
 * admin token, so a CMS that holds it can add stories but not skip, retry or read the queue.
 * {@code contactUrl}: named in the {@code User-Agent} of Herald's fetches (null: {@code outlet.url}).
 */
public record IngestSettings(String token, String contactUrl) {

  public static final IngestSettings CLOSED = new IngestSettings("", null);

  public IngestSettings {
    token = token == null ? "" : token.strip();
  }

  /** The {@code User-Agent} of every fetch of outside content: Herald, and where the site's admins reach its operator. */
  public String userAgent(String version, Outlet outlet) {
    String contact = contactUrl != null ? contactUrl : outlet == null ? null : outlet.url();
    return "Herald/" + version + (contact == null || contact.isBlank() ? "" : " (+" + contact + ")");
  }

  public boolean open() {
    return !token.isEmpty();
  }
}
