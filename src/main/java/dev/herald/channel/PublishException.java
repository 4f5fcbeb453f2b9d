package dev.herald.channel;

import java.time.Duration;
import java.util.Optional;

/**
 * A publish or verify call that did not succeed. The message is the platform's own words with every
 * secret already redacted; {@code retryAfter} is the platform's hint (Retry-After, retry_after,
 * x-rate-limit-reset) when it gave one.
 */
public final class PublishException extends Exception {

  public enum Kind {
    /** Timeouts, 5xx, 429, dropped connections: try again later. */
    RETRYABLE,
    /** The platform refused this post (duplicate, too long, bad media): do not retry. */
    PERMANENT,
    /** Credentials rejected or the account lost access: pause the channel until a person acts. */
    AUTH,
    /** The channel's configuration is wrong (chat not found, unknown account): pause and say so. */
    CONFIG,
    /**
     * The request went out but no readable answer came back (read timeout, dropped connection, garbled
     * 2xx): the platform may have posted it. Never re-sent blindly unless the channel is idempotent.
     */
    IN_DOUBT
  }

  private final Kind kind;
  private final Duration retryAfter;

  public PublishException(Kind kind, String message) {
    this(kind, message, null, null);
  }

  public PublishException(Kind kind, String message, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.retryAfter = retryAfter;
  }

  public Kind kind() {
    return kind;
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  public static PublishException retryable(String message, Duration retryAfter) {
    return new PublishException(Kind.RETRYABLE, message, retryAfter, null);
  }

  public static PublishException permanent(String message) {
    return new PublishException(Kind.PERMANENT, message);
  }

  public static PublishException auth(String message) {
    return new PublishException(Kind.AUTH, message);
  }

  public static PublishException inDoubt(String message, Throwable cause) {
    return new PublishException(Kind.IN_DOUBT, message, null, cause);
  }
}
