package dev.herald.web;

import dev.herald.config.HeraldConfig;
import dev.herald.pipeline.Herald;
import dev.herald.pipeline.PostedUrlRule;
import dev.herald.pipeline.ServedCards;
import dev.herald.pipeline.StatusJson;
import dev.herald.pipeline.StatusReport;
import dev.herald.store.Post;
import dev.herald.store.PublicCardStore;
import dev.herald.store.Store;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * The admin HTTP API and UI, on {@code admin.bind} (127.0.0.1 unless set or {@code $PORT} is set).
 * {@code /health} is open (for load balancers); everything else needs {@code Authorization: Bearer
 * <admin.token>} (or the run's CLI token), except {@code /cards/<id>.jpg}, the cards Instagram and
 * Threads fetch (random ids, 48 hours), and {@code POST /api/articles}, which takes {@code ingest.token}
 * instead ({@link PushRoute}). The page at {@code /} is a static shell that holds no data
 * until the token is entered. Every response carries {@link SecurityHeaders}.
 */
public final class AdminServer implements AutoCloseable {

  private static final int DEFAULT_LIMIT = 200;
  private static final int MAX_LIMIT = 5000;

  private final Javalin app;

  private AdminServer(Javalin app) {
    this.app = app;
  }

  /** Starts the server, or returns a stopped stand-in when {@code admin.enabled} is false. */
  public static AdminServer start(HeraldConfig config, Herald herald, PrometheusMeterRegistry registry) {
    return start(config, herald, registry, null);
  }

  /**
   * As {@link #start(HeraldConfig, Herald, PrometheusMeterRegistry)}, also accepting {@code cliToken}
   * (null: none), the per-run token that lets the CLI of the same user ask this daemon.
   */
  public static AdminServer start(HeraldConfig config, Herald herald, PrometheusMeterRegistry registry, String cliToken) {
    if (!config.admin().enabled()) return new AdminServer(null);
    var auth = new TokenAuth(config.admin().token(), cliToken);
    String page = resource("/web/index.html");
    var headers = SecurityHeaders.forPage(page);
    Javalin app = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.jsonMapper(new JavalinJackson(StatusJson.mapper(), false));
    });
    app.before(headers::apply);
    app.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
    app.get("/", ctx -> ctx.html(page));
    // Open like /health: Instagram and Threads fetch cards without credentials; the id is the secret.
    app.get("/cards/{file}", ctx -> card(ctx, herald));
    // Open too: WebSub hubs call back without credentials; the random id and the HMAC secret guard it.
    var webSub = new WebSubRoute(herald.webSub());
    app.get(WebSubRoute.PATH, webSub::verify);
    app.post(WebSubRoute.PATH, webSub::deliver);
    // The CMS's push has its own token: the admin token does not open it, nor does its token open the rest.
    var ingestAuth = TokenAuth.ingest(config.ingest().token());
    app.before("/api/*", ctx -> (ctx.path().equals(PushRoute.PATH) ? ingestAuth : auth).check(ctx));
    app.post(PushRoute.PATH, new PushRoute(herald.push())::handle);
    app.before("/metrics", auth::check);
    app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4").result(registry.scrape()));
    app.get("/api/status", ctx -> ctx.json(StatusReport.build(config, herald.store(), herald.clock(), limit(ctx))));
    var store = herald.store();
    app.post("/api/posts/{id}/retry", ctx -> act(ctx, store, id -> {
      boolean done = store.posts().retry(id, Instant.now());
      // As `herald retry`: a manager's retry is also "I fixed it", so a paused channel gets another chance.
      store.posts().find(id).filter(p -> done && store.channels().get(p.channelId()).paused())
          .ifPresent(p -> store.channels().resume(p.channelId()));
      return done;
    }, "queued again"));
    app.post("/api/posts/{id}/skip", ctx -> act(ctx, store, id -> store.posts().skip(id, skipReason(ctx), Instant.now()), "skipped"));
    app.post("/api/posts/{id}/resolve", ctx -> {
      String url = ctx.queryParam("posted");
      if (url == null || url.isBlank()) {
        ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", "resolve needs ?posted=URL"));
        return;
      }
      var refusal = resolveRefusal(herald, ctx.pathParam("id"), url);
      if (refusal.isPresent()) {
        ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", refusal.get()));
        return;
      }
      act(ctx, store, id -> store.posts().resolve(id, url, Instant.now()), "recorded as posted");
    });
    app.start(config.admin().bind(), config.admin().port()); // the loader already let $PORT win
    return new AdminServer(app);
  }

  /** Why {@code url} cannot be where this post went out (see {@link PostedUrlRule}); empty when it can or the post is unknown. */
  private static Optional<String> resolveRefusal(Herald herald, String idText, String url) {
    try {
      return herald.store().posts().find(Long.parseLong(idText))
          .flatMap(post -> PostedUrlRule.refusal(herald.config(), post.channelId(), url));
    } catch (NumberFormatException e) {
      return Optional.empty(); // act() answers that one
    }
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

  private static int limit(Context ctx) {
    String limit = ctx.queryParam("limit");
    if (limit == null) return DEFAULT_LIMIT;
    try {
      return Math.max(1, Math.min(MAX_LIMIT, Integer.parseInt(limit)));
    } catch (NumberFormatException e) {
      return DEFAULT_LIMIT;
    }
  }

  private static String skipReason(Context ctx) {
    return "cli".equals(ctx.queryParam("by")) ? "skipped by hand" : "skipped in the admin UI";
  }

  /** 200 with the post's channel when done; 404 when there is no such post; 409 with its state when that state forbids it. */
  private static void act(Context ctx, Store store, LongPredicate transition, String done) {
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", "post id must be a number"));
      return;
    }
    Optional<Post> post = store.posts().find(id);
    if (post.isEmpty()) {
      ctx.status(HttpStatus.NOT_FOUND).json(Map.of("error", "post #" + id + " does not exist"));
      return;
    }
    if (transition.test(id)) {
      ctx.json(Map.of("id", id, "result", done, "channel", post.get().channelId()));
      return;
    }
    String state = post.get().state().name().toLowerCase(Locale.ROOT);
    ctx.status(HttpStatus.CONFLICT).json(Map.of("error", "post #" + id + " is " + state + "; its state does not allow that",
        "state", state));
  }

  private static String resource(String name) {
    try (InputStream in = AdminServer.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException(name + " is missing from the jar");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The URL this machine reaches the server at: loopback when it listens on every interface; null when disabled. */
  public String localUrl(String bind) {
    if (app == null) return null;
    String host = bind.equals("0.0.0.0") || bind.equals("::") ? "127.0.0.1" : bind.contains(":") ? "[" + bind + "]" : bind;
    return "http://" + host + ":" + port();
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
