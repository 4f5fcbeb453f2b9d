package dev.herald.config;

import java.util.List;

/**
 * Admin HTTP API/UI. {@code $PORT} wins over {@code port} when set. {@code bind} is the address to listen
 * on: 127.0.0.1 unless set, or 0.0.0.0 when {@code $PORT} is set. The token guards every non-health route;
 * {@code tokens} are more of them, each with the name the audit log records for its actions (the single
 * {@code token} is named {@code admin}).
 */
public record AdminSettings(boolean enabled, String bind, int port, String token, List<NamedToken> tokens) {

  public static final String LOOPBACK = "127.0.0.1";
  public static final String ALL_INTERFACES = "0.0.0.0";
  /** Shorter tokens are refused: a guessable token on a reachable port is an open door. */
  public static final int MIN_TOKEN_LENGTH = 16;
  /** What the audit log calls whoever used {@code admin.token}. */
  public static final String DEFAULT_TOKEN_NAME = "admin";

  /** One of {@code admin.tokens}: a person's or a tool's own token. */
  public record NamedToken(String name, String token) {}

  public AdminSettings {
    tokens = tokens == null ? List.of() : List.copyOf(tokens);
  }

  public AdminSettings(boolean enabled, String bind, int port, String token) {
    this(enabled, bind, port, token, List.of());
  }

  /** Kept for callers that predate {@code bind}: loopback. */
  public AdminSettings(boolean enabled, int port, String token) {
    this(enabled, LOOPBACK, port, token);
  }

  /** Every token that opens the API, {@code token} first as {@code admin}; blank ones left out. */
  public List<NamedToken> allTokens() {
    var all = new java.util.ArrayList<NamedToken>();
    if (token != null && !token.isBlank()) all.add(new NamedToken(DEFAULT_TOKEN_NAME, token));
    all.addAll(tokens);
    return all;
  }

  /** True when no token at all is configured: the API is closed to people. */
  public boolean closed() {
    return allTokens().isEmpty();
  }
}
