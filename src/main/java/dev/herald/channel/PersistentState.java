package dev.herald.channel;

import java.time.Instant;
import java.util.Optional;

/**
 * One channel's state that must outlive the process — a session, a refreshed token, when the
 * credential expires — kept in the store ({@code channel_secret_state}). Values written with
 * {@link #putSecret} are registered for redaction when written and whenever read back, so they never
 * reach logs, errors, {@code status} or the UI. Safe to share between threads.
 */
public interface PersistentState {

  /** The key whose expiry is the channel's credential expiry, which {@code status} warns about. */
  String CREDENTIAL = "credential";

  Optional<String> get(String key);

  /** When the value stored under {@code key} stops being valid, if it was given. */
  Optional<Instant> expiry(String key);

  /** Stores (or replaces) a value that may be shown (an account handle); {@code expiresAt} may be null. */
  void put(String key, String value, Instant expiresAt);

  /** Stores (or replaces) a secret (a token, a session); {@code expiresAt} may be null. */
  void putSecret(String key, String value, Instant expiresAt);

  void remove(String key);

  /** Records when the channel's long-lived credential (a 60-day token) stops working. */
  default void credentialExpiresAt(Instant expiresAt) {
    put(CREDENTIAL, "", expiresAt);
  }

  default Optional<Instant> credentialExpiry() {
    return expiry(CREDENTIAL);
  }
}
