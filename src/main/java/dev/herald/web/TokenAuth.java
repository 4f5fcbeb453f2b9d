package dev.herald.web;

import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Bearer-token guard for admin routes; compares in constant time and never echoes a token. Besides
 * {@code admin.token} it accepts the per-run CLI token of {@code herald.run}, so {@code status} works
 * while {@code run} holds the store even when the admin API is closed to people. {@link #ingest} guards
 * {@code POST /api/articles} with {@code ingest.token} alone.
 */
final class TokenAuth {

  private final String name;
  private final String key;
  private final boolean closed;
  private final List<byte[]> tokens;

  TokenAuth(String adminToken, String... more) {
    this("admin", "admin.token (HERALD_ADMIN_TOKEN)", Stream.concat(Stream.of(adminToken), Stream.of(more)).toList());
  }

  /** The guard of {@code POST /api/articles}: only {@code ingest.token}, never the admin's. */
  static TokenAuth ingest(String ingestToken) {
    return new TokenAuth("ingest", "ingest.token", Collections.singletonList(ingestToken));
  }

  private TokenAuth(String name, String key, List<String> accepted) {
    this.name = name;
    this.key = key;
    this.closed = blank(accepted.get(0));
    this.tokens = accepted.stream().filter(Objects::nonNull)
        .filter(t -> !blank(t)).map(t -> t.strip().getBytes(StandardCharsets.UTF_8)).toList();
  }

  void check(Context ctx) {
    String header = ctx.header("Authorization");
    byte[] given = (header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : "")
        .getBytes(StandardCharsets.UTF_8);
    boolean match = false;
    // Every token is compared, so the time taken does not say which one came close.
    for (byte[] token : tokens) match |= MessageDigest.isEqual(token, given);
    if (match) return;
    if (closed) throw new UnauthorizedResponse("The " + name + " API is closed: set " + key + " to open it");
    throw new UnauthorizedResponse("Missing or wrong " + name + " token");
  }

  private static boolean blank(String token) {
    return token == null || token.isBlank();
  }
}
