package dev.herald.web;

import dev.herald.config.AdminSettings;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Guard for admin routes. A request is let in by {@code Authorization: Bearer <token>} (the CLI, scripts)
 * or by a console session cookie; a session's state changes also need its CSRF token in
 * {@code X-CSRF-Token}. Tokens are compared in constant time and never echoed. Besides the admin tokens it
 * accepts the per-run CLI token of {@code herald.run} (named {@code cli}), so {@code status} works while
 * {@code run} holds the store even when the admin API is closed to people. The name of whoever got in is
 * left in the request attribute {@link #ACTOR} for the audit log.
 */
final class TokenAuth {

  static final String ACTOR = "herald.actor";
  static final String CSRF_HEADER = "X-CSRF-Token";

  private record Known(String name, byte[] token) {}

  private final boolean closed;
  private final List<Known> tokens = new ArrayList<>();
  private final Sessions sessions;

  TokenAuth(AdminSettings admin, String cliToken, Sessions sessions) {
    this.closed = admin.closed();
    this.sessions = sessions;
    for (var named : admin.allTokens()) tokens.add(new Known(named.name(), bytes(named.token())));
    if (cliToken != null && !cliToken.isBlank()) tokens.add(new Known("cli", bytes(cliToken)));
  }

  /** The token's name, or empty when it opens nothing. Every token is compared, so timing says nothing. */
  Optional<String> nameOf(String given) {
    byte[] candidate = bytes(given == null ? "" : given);
    String match = null;
    for (Known known : tokens) {
      if (MessageDigest.isEqual(known.token(), candidate) && match == null) match = known.name();
    }
    return Optional.ofNullable(match);
  }

  void check(Context ctx) {
    String header = ctx.header("Authorization");
    if (header != null && header.startsWith("Bearer ")) {
      Optional<String> name = nameOf(header.substring(7));
      if (name.isPresent()) {
        ctx.attribute(ACTOR, name.get());
        return;
      }
    } else if (sessions != null) {
      var session = sessions.find(ctx.cookie(Sessions.COOKIE));
      if (session.isPresent()) {
        if (changesState(ctx) && !sameToken(session.get().csrf(), ctx.header(CSRF_HEADER))) {
          throw new ForbiddenResponse("Missing or wrong CSRF token: reload the page");
        }
        ctx.attribute(ACTOR, session.get().actor());
        return;
      }
    }
    if (closed) throw new UnauthorizedResponse("The admin API is closed: set admin.token (HERALD_ADMIN_TOKEN) to open it");
    throw new UnauthorizedResponse("Missing or wrong admin token");
  }

  static boolean changesState(Context ctx) {
    String method = ctx.method().name();
    return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
  }

  static boolean sameToken(String expected, String given) {
    return given != null && MessageDigest.isEqual(bytes(expected), bytes(given));
  }

  private static byte[] bytes(String token) {
    return token.strip().getBytes(StandardCharsets.UTF_8);
  }
}
