package dev.herald.config;

/**
 * Admin HTTP API/UI. {@code $PORT} wins over {@code port} when set. {@code bind} is the address to listen
 * on: 127.0.0.1 unless set, or 0.0.0.0 when {@code $PORT} is set. The token guards every non-health route.
 */
public record AdminSettings(boolean enabled, String bind, int port, String token) {

  public static final String LOOPBACK = "127.0.0.1";
  public static final String ALL_INTERFACES = "0.0.0.0";
  /** Shorter tokens are refused: a guessable token on a reachable port is an open door. */
  public static final int MIN_TOKEN_LENGTH = 16;

  /** Kept for callers that predate {@code bind}: loopback. */
  public AdminSettings(boolean enabled, int port, String token) {
    this(enabled, LOOPBACK, port, token);
  }
}
