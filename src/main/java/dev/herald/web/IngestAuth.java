package dev.herald.web;

import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The guard of {@code POST /api/articles}: {@code Authorization: Bearer <ingest.token>} and nothing else —
 * neither an admin token nor a console session opens it. Compared in constant time, never echoed.
 */
final class IngestAuth {

  private final byte[] token;

  IngestAuth(String ingestToken) {
    this.token = ingestToken == null || ingestToken.isBlank() ? null : ingestToken.strip().getBytes(StandardCharsets.UTF_8);
  }

  void check(Context ctx) {
    if (token == null) throw new UnauthorizedResponse("The ingest API is closed: set ingest.token to open it");
    String header = ctx.header("Authorization");
    byte[] given = (header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : "")
        .getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(token, given)) throw new UnauthorizedResponse("Missing or wrong ingest token");
  }
}
