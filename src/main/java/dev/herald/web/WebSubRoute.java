package dev.herald.web;

import dev.herald.pipeline.WebSub;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * The WebSub callback, {@code /websub/<id>}, open like {@code /health} (hubs send no token; the random id
 * names the subscription and every delivery is checked against its secret). {@code GET}: verification of
 * intent — the challenge echoed, or 404. {@code POST}: a delivery — always 2xx to a known callback (a hub
 * must not learn which signatures pass), content taken only when its signature is right.
 */
final class WebSubRoute {

  static final String PATH = WebSub.CALLBACK_PATH + "{id}";

  private final WebSub webSub;

  WebSubRoute(WebSub webSub) {
    this.webSub = webSub;
  }

  void verify(Context ctx) {
    var echo = webSub.verify(ctx.pathParam("id"), ctx.queryParam("hub.mode"), ctx.queryParam("hub.topic"),
        ctx.queryParam("hub.challenge"), ctx.queryParam("hub.lease_seconds"), ctx.queryParam("hub.reason"));
    if (echo.isEmpty()) {
      ctx.status(HttpStatus.NOT_FOUND).result("no such subscription");
      return;
    }
    ctx.contentType("text/plain; charset=utf-8").result(echo.get());
  }

  void deliver(Context ctx) {
    var outcome = webSub.deliver(ctx.pathParam("id"), ctx.bodyAsBytes(), ctx.contentType(), signature(ctx));
    if (outcome == WebSub.Delivery.UNKNOWN) {
      // 410 tells a hub to stop sending for a subscription Herald no longer has.
      ctx.status(HttpStatus.GONE).result("no such subscription");
      return;
    }
    ctx.status(HttpStatus.ACCEPTED).result("");
  }

  private static String signature(Context ctx) {
    String modern = ctx.header("X-Hub-Signature-256");
    return modern != null ? "sha256=" + modern.replaceFirst("(?i)^sha256=", "") : ctx.header("X-Hub-Signature");
  }
}
