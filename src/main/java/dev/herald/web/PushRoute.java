package dev.herald.web;

import dev.herald.pipeline.Push;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;

/**
 * {@code POST /api/articles}: a CMS tells Herald about a story the moment it is published. 202 with the
 * article id when it is queued; 200 with the id when it was known already (pushed twice, or polled
 * first); 400 naming the field that is wrong; 422 for a source or channel Herald does not have.
 */
final class PushRoute {

  static final String PATH = "/api/articles";

  private final Push push;

  PushRoute(Push push) {
    this.push = push;
  }

  void handle(Context ctx) {
    if (ctx.contentLength() > PushBody.MAX_BYTES) {
      ctx.status(HttpStatus.CONTENT_TOO_LARGE).json(Map.of("error", "body over " + PushBody.MAX_BYTES + " bytes", "field", "body"));
      return;
    }
    Push.Request request;
    try {
      boolean form = ctx.contentType() != null && ctx.contentType().startsWith("application/x-www-form-urlencoded");
      request = PushBody.parse(ctx.contentType(), form ? null : ctx.body(), form ? ctx.formParamMap() : Map.of());
    } catch (PushBody.BadField e) {
      ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", e.field + ": " + e.getMessage(), "field", e.field));
      return;
    }
    Push.Outcome outcome = push.accept(request);
    if (outcome instanceof Push.Outcome.Queued q) {
      ctx.status(HttpStatus.ACCEPTED).json(Map.of("id", q.id(), "result", "queued"));
    } else if (outcome instanceof Push.Outcome.Known k) {
      ctx.status(HttpStatus.OK).json(Map.of("id", k.id(), "result", "already known"));
    } else if (outcome instanceof Push.Outcome.Filtered f) {
      ctx.status(HttpStatus.OK).json(Map.of("result", "left out by source " + f.source() + "'s include/exclude"));
    } else if (outcome instanceof Push.Outcome.Unknown u) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).json(Map.of("error", u.field() + ": " + u.message(), "field", u.field()));
    }
  }
}
