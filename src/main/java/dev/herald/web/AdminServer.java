package dev.herald.web;

import dev.herald.config.HeraldConfig;
import dev.herald.pipeline.Herald;
import dev.herald.pipeline.ServedCards;
import dev.herald.store.PublicCardStore;
import dev.herald.pipeline.StatusJson;
import dev.herald.pipeline.StatusReport;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * The admin HTTP API and UI. {@code /health} is open (for load balancers); everything else needs
 * {@code Authorization: Bearer <admin.token>}, except {@code /cards/<id>.jpg}, the cards Instagram and
 * Threads fetch (random ids, 48 hours). The page at {@code /} is a static shell that holds no
 * data until the token is entered.
 */
public final class AdminServer implements AutoCloseable {

  private final Javalin app;

  private AdminServer(Javalin app) {
    this.app = app;
  }

  /** Starts the server, or returns a stopped stand-in when {@code admin.enabled} is false. */
  public static AdminServer start(HeraldConfig config, Herald herald, PrometheusMeterRegistry registry) {
    if (!config.admin().enabled()) return new AdminServer(null);
    var auth = new TokenAuth(config.admin().token());
    String page = resource("/web/index.html");
    Javalin app = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.jsonMapper(new JavalinJackson(StatusJson.mapper(), false));
    });
    app.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
    app.get("/", ctx -> ctx.html(page));
    // Open like /health: Instagram and Threads fetch cards without credentials; the id is the secret.
    app.get("/cards/{file}", ctx -> card(ctx, herald));
    app.before("/api/*", auth::check);
    app.before("/metrics", auth::check);
    app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4").result(registry.scrape()));
    app.get("/api/status", ctx -> ctx.json(StatusReport.build(config, herald.store(), herald.clock(), 200)));
    app.post("/api/posts/{id}/retry", ctx -> act(ctx, id -> herald.store().posts().retry(id, Instant.now()), "queued again"));
    app.post("/api/posts/{id}/skip", ctx -> act(ctx, id -> herald.store().posts().skip(id, "skipped in the admin UI", Instant.now()), "skipped"));
    app.post("/api/posts/{id}/resolve", ctx -> {
      String url = ctx.queryParam("posted");
      if (url == null || url.isBlank()) {
        ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", "resolve needs ?posted=URL"));
        return;
      }
      act(ctx, id -> herald.store().posts().resolve(id, url, Instant.now()), "recorded as posted");
    });
    app.start(config.admin().port()); // the loader already let $PORT win
    return new AdminServer(app);
  }

  private static void card(Context ctx, Herald herald) {
    String id = ServedCards.idOf(ctx.pathParam("file"));
    var image = id == null ? Optional.<PublicCardStore.Image>empty() : herald.store().publicCards().get(id, herald.clock().instant());
    if (image.isEmpty()) {
      ctx.status(HttpStatus.NOT_FOUND).result("no such card");
      return;
    }
    ctx.header("Cache-Control", "public, max-age=3600").contentType(image.get().mime()).result(image.get().bytes());
  }

  private static void act(Context ctx, LongPredicate transition, String done) {
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", "post id must be a number"));
      return;
    }
    if (transition.test(id)) ctx.json(Map.of("id", id, "result", done));
    else ctx.status(HttpStatus.CONFLICT).json(Map.of("error", "post #" + id + " does not exist or its state does not allow that"));
  }

  private static String resource(String name) {
    try (InputStream in = AdminServer.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException(name + " is missing from the jar");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bound port (useful with port 0), or -1 when the server is disabled. */
  public int port() {
    return app == null ? -1 : app.port();
  }

  @Override
  public void close() {
    if (app != null) app.stop();
  }
}
