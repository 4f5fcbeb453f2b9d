package dev.herald.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Console sessions, in memory: a restart logs everyone out, which is the safe side. A session is opened
 * by posting an admin token to {@code /login}; its id travels only in an HttpOnly, SameSite=Strict cookie,
 * and its CSRF token must come back in {@code X-CSRF-Token} on every state change.
 */
final class Sessions {

  static final String COOKIE = "herald_session";
  static final Duration IDLE = Duration.ofHours(12);
  private static final int MAX_SESSIONS = 1000;

  record Session(String id, String actor, String csrf, Instant expiresAt) {}

  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;

  Sessions(Clock clock) {
    this.clock = clock;
  }

  Session open(String actor) {
    Instant now = clock.instant();
    sessions.values().removeIf(s -> s.expiresAt().isBefore(now));
    if (sessions.size() >= MAX_SESSIONS) throw new IllegalStateException("too many console sessions are open");
    var session = new Session(randomId(), actor, randomId(), now.plus(IDLE));
    sessions.put(session.id(), session);
    return session;
  }

  /** The live session with this id, its idle expiry pushed back; empty when unknown or expired. */
  Optional<Session> find(String id) {
    if (id == null || id.isBlank()) return Optional.empty();
    Session session = sessions.get(id);
    Instant now = clock.instant();
    if (session == null) return Optional.empty();
    if (session.expiresAt().isBefore(now)) {
      sessions.remove(id);
      return Optional.empty();
    }
    Session renewed = new Session(session.id(), session.actor(), session.csrf(), now.plus(IDLE));
    sessions.put(id, renewed);
    return Optional.of(renewed);
  }

  void close(String id) {
    if (id != null) sessions.remove(id);
  }

  private String randomId() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
