package dev.herald.source;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Optional;
import okhttp3.MediaType;

/**
 * What one fetch answered. {@code modified} false means a conditional GET got 304 (or a file is
 * unchanged): {@code body} is then empty. {@code finalUrl} is where redirects ended (the base for
 * relative links); {@code state} holds the validators to send next time; {@code links}: the answer's
 * {@code Link} headers joined by ", " (WebSub hubs are announced there), or null; {@code freshFor}: the
 * answer's {@code Cache-Control: max-age}, or null.
 */
public record FetchResult(boolean modified, byte[] body, String contentType, String finalUrl, FetchState state, String links,
    Duration freshFor) {

  public FetchResult {
    body = body == null ? new byte[0] : body;
    state = state == null ? FetchState.NONE : state;
  }

  /** Without {@code Link} headers (a file, a 304). */
  public FetchResult(boolean modified, byte[] body, String contentType, String finalUrl, FetchState state) {
    this(modified, body, contentType, finalUrl, state, null, null);
  }

  /** The charset named by the Content-Type header, if it names a valid one. */
  public Optional<Charset> charset() {
    MediaType type = contentType == null ? null : MediaType.parse(contentType);
    return Optional.ofNullable(type == null ? null : type.charset(null));
  }
}
