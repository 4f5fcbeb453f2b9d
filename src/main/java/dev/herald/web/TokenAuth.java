package dev.herald.web;

import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Bearer-token guard for admin routes; compares in constant time and never echoes the token. */
final class TokenAuth {

  private final byte[] token;

  TokenAuth(String token) {
    this.token = token == null || token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
  }

  void check(Context ctx) {
    if (token == null) throw new UnauthorizedResponse("The admin API is closed: set admin.token (HERALD_ADMIN_TOKEN) to open it");
    String header = ctx.header("Authorization");
    String given = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : "";
    if (!MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
      throw new UnauthorizedResponse("Missing or wrong admin token");
    }
  }
}
