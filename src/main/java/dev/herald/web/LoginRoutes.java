package dev.herald.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /login} exchanges an admin token for a session cookie (HttpOnly, SameSite=Strict, Secure
 * over HTTPS) and answers the session's CSRF token; {@code GET /api/session} tells the page who is logged
 * in (and the CSRF token again after a reload); {@code POST /logout} ends the session.
 */
final class LoginRoutes {

  private final TokenAuth auth;
  private final Sessions sessions;

  LoginRoutes(TokenAuth auth, Sessions sessions) {
    this.auth = auth;
    this.sessions = sessions;
  }

  void register(Javalin app) {
    app.post("/login", this::login);
    app.post("/logout", this::logout);
    app.get("/api/session", ctx -> {
      var session = sessions.find(ctx.cookie(Sessions.COOKIE));
      String actor = ctx.attribute(TokenAuth.ACTOR);
      ctx.json(session.<Map<String, Object>>map(s -> Map.of("name", s.actor(), "csrf", s.csrf()))
          .orElse(Map.of("name", actor == null ? "" : actor)));
    });
  }

  private void login(Context ctx) {
    Optional<String> name = auth.nameOf(Bodies.field(ctx, "token"));
    if (name.isEmpty()) {
      ctx.status(HttpStatus.UNAUTHORIZED).json(Map.of("error", "Missing or wrong admin token"));
      return;
    }
    var session = sessions.open(name.get());
    ctx.header("Set-Cookie", cookie(ctx, session.id(), Sessions.IDLE.toSeconds()));
    ctx.json(Map.of("name", session.actor(), "csrf", session.csrf()));
  }

  private void logout(Context ctx) {
    var session = sessions.find(ctx.cookie(Sessions.COOKIE));
    if (session.isPresent() && !TokenAuth.sameToken(session.get().csrf(), ctx.header(TokenAuth.CSRF_HEADER))) {
      ctx.status(HttpStatus.FORBIDDEN).json(Map.of("error", "Missing or wrong CSRF token: reload the page"));
      return;
    }
    session.ifPresent(s -> sessions.close(s.id()));
    ctx.header("Set-Cookie", cookie(ctx, "", 0));
    ctx.json(Map.of("result", "logged out"));
  }

  private static String cookie(Context ctx, String value, long maxAge) {
    boolean https = "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    return Sessions.COOKIE + "=" + value + "; Path=/; Max-Age=" + maxAge + "; HttpOnly; SameSite=Strict" + (https ? "; Secure" : "");
  }

}
