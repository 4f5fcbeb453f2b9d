package dev.herald.web;

import dev.herald.ops.Actor;
import dev.herald.ops.OpResult;
import dev.herald.ops.Operations;
import dev.herald.ops.PostHistory;
import dev.herald.store.Store;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The admin API's actions, every one through {@link Operations} as the audit log's actor of the request:
 * {@code POST /api/posts/{id}/{retry|skip|resolve|approve|edit|layout|reschedule|send-now}},
 * {@code POST /api/channels/{id}/{pause|resume}}, and {@code GET /api/posts/{id}} (the post and its history).
 * Answers: 200 done, 400 refused (why), 404 no such post, 409 its state forbids it (with the state).
 */
final class OperationRoutes {

  private final Operations ops;
  private final Store store;

  OperationRoutes(Operations ops, Store store) {
    this.ops = ops;
    this.store = store;
  }

  void register(Javalin app) {
    post(app, "retry", (ctx, id) -> ops.retry(id, actor(ctx)));
    post(app, "skip", (ctx, id) -> ops.skip(id, skipReason(ctx), actor(ctx)));
    post(app, "resolve", (ctx, id) -> ops.resolve(id, Bodies.field(ctx, "posted"), actor(ctx)));
    post(app, "approve", (ctx, id) -> ops.approve(id, actor(ctx)));
    post(app, "edit", (ctx, id) -> ops.edit(id, Bodies.field(ctx, "text"), actor(ctx)));
    post(app, "layout", (ctx, id) -> ops.changeLayout(id, Bodies.field(ctx, "layout"), actor(ctx)));
    post(app, "reschedule", (ctx, id) -> {
      Instant at = instant(Bodies.field(ctx, "at"));
      return at == null ? null : ops.reschedule(id, at, actor(ctx));
    });
    post(app, "send-now", (ctx, id) -> ops.sendNow(id, actor(ctx)));
    app.post("/api/channels/{id}/pause", ctx -> answer(ctx, ops.pause(ctx.pathParam("id"), Bodies.field(ctx, "reason"), actor(ctx)), null));
    app.post("/api/channels/{id}/resume", ctx -> answer(ctx, ops.resume(ctx.pathParam("id"), actor(ctx)), null));
    app.get("/api/posts/{id}", ctx -> {
      Long id = id(ctx);
      if (id == null) return;
      var history = PostHistory.of(store, id);
      if (history.isEmpty()) ctx.status(HttpStatus.NOT_FOUND).json(Map.of("error", "post #" + id + " does not exist"));
      else ctx.json(history.get());
    });
  }

  static Actor actor(Context ctx) {
    String name = ctx.attribute(TokenAuth.ACTOR);
    return new Actor(name == null ? "unknown" : name);
  }

  private static String skipReason(Context ctx) {
    String reason = Bodies.field(ctx, "reason");
    if (reason != null && !reason.isBlank()) return reason;
    return "cli".equals(ctx.queryParam("by")) ? "skipped by hand" : "skipped in the admin UI";
  }

  /** An ISO-8601 instant with its offset ({@code 2026-12-02T10:00:00+05:30}); null when unreadable. */
  static Instant instant(String text) {
    if (text == null || text.isBlank()) return null;
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(text.strip());
      } catch (DateTimeParseException again) {
        return null;
      }
    }
  }

  private void post(Javalin app, String verb, BiFunction<Context, Long, OpResult> action) {
    app.post("/api/posts/{id}/" + verb, ctx -> {
      Long id = id(ctx);
      if (id == null) return;
      OpResult result = action.apply(ctx, id);
      if (result == null) {
        ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", verb + " needs a time with its zone, e.g. 2026-12-02T10:00:00+05:30"));
        return;
      }
      answer(ctx, result, id);
    });
  }

  private static Long id(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", "post id must be a number"));
      return null;
    }
  }

  static void answer(Context ctx, OpResult result, Long id) {
    var body = new LinkedHashMap<String, Object>();
    switch (result.kind()) {
      case DONE -> {
        if (id != null) body.put("id", id);
        body.put("result", result.message());
        if (result.post() != null) {
          body.put("channel", result.post().channelId());
          body.put("state", result.state());
        }
        ctx.json(body);
      }
      case NOT_FOUND -> ctx.status(HttpStatus.NOT_FOUND).json(Map.of("error", result.message()));
      case WRONG_STATE -> ctx.status(HttpStatus.CONFLICT).json(Map.of("error", result.message(), "state", result.state()));
      case REFUSED -> ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", result.message()));
    }
  }
}
