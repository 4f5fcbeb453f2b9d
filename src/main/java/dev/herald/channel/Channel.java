package dev.herald.channel;

import java.time.Instant;
import java.util.Optional;

/**
 * One configured publishing target. {@link #publish} is called by the publisher after the post was
 * claimed ({@code queued → sending}), never twice at once for one channel. It returns only when the
 * platform accepted the post, and otherwise throws {@link PublishException} classified as
 * retryable, permanent or auth. Idempotent channels ({@link #idempotent()}) may be called again
 * with the same {@link OutgoingPost#idempotencyKey()} and must not create a second post.
 */
public interface Channel extends AutoCloseable {

  String id();

  Receipt publish(OutgoingPost post) throws PublishException;

  /** Checks credentials and target against the platform; returns a one-line description ("@jaanojunction (id 42)"). */
  String verify() throws PublishException;

  /**
   * When the channel's credential stops working, when the platform says so (a 60-day token);
   * {@code status}, the admin UI and {@code check --live} warn 7 days before. Channels that learn it
   * while publishing may instead record it with {@link PersistentState#credentialExpiresAt}.
   */
  default Optional<Instant> credentialExpiry() {
    return Optional.empty();
  }

  default boolean idempotent() {
    return false;
  }

  /**
   * Looks on the platform for a post whose answer was lost ({@code in_doubt}), sent first at or after
   * {@code firstSentAt}. Read-only and safe to call at any time; {@code ABSENT} may be answered only
   * when a re-send with the post's keys cannot make a second copy. Throws when the platform cannot be asked.
   */
  default Lookup lookup(OutgoingPost post, Instant firstSentAt) throws PublishException {
    return Lookup.unknown("this platform cannot be read back");
  }

  @Override
  default void close() {}
}
