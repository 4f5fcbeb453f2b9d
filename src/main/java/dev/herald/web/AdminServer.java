package dev.herald.web;

import dev.herald.config.HeraldConfig;
import dev.herald.ops.Operations;
import dev.herald.pipeline.Herald;
import dev.herald.pipeline.ServedCards;
import dev.herald.pipeline.StatusJson;
import dev.herald.pipeline.StatusReport;
import dev.herald.store.PublicCardStore;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The admin HTTP API and console, on {@code admin.bind} (127.0.0.1 unless set or {@code $PORT} is set).
 * {@code /health} is open (for load balancers); everything else needs {@code Authorization: Bearer
 * <token>} (an admin token, or the run's CLI token) or a console session from {@code POST /login}
 * (see {@link TokenAuth}), except {@code /cards/<id>.jpg}, the cards Instagram and Threads fetch
 * (random ids, 48 hours), the page's fonts, and {@code POST /api/articles}, which takes
 * {@code ingest.token} instead ({@link PushRoute}, {@link IngestAuth}). The page at {@code /} is a static
 * shell that holds no data until someone logs in. Every response carries {@link SecurityHeaders}.
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
    var sessions = new Sessions(herald.clock());
    var auth = new TokenAuth(config.admin(), cliToken, sessions);
    String page = resource("/web/index.html");
    var headers = SecurityHeaders.forPage(page);
    Javalin app = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.jsonMapper(new JavalinJackson(StatusJson.mapper(), false));
    });
    app.before(headers::apply);
    app.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
    app.get("/", ctx -> ctx.html(page));
    // The bundled Noto families, so Hindi renders on a machine without a Devanagari font.
    app.get("/fonts/{file}", AdminServer::font);
    // Open like /health: Instagram and Threads fetch cards without credentials; the id is the secret.
    app.get("/cards/{file}", ctx -> card(ctx, herald));
    // Open too: WebSub hubs call back without credentials; the random id and the HMAC secret guard it.
    var webSub = new WebSubRoute(herald.webSub());
    app.get(WebSubRoute.PATH, webSub::verify);
    app.post(WebSubRoute.PATH, webSub::deliver);
    // The CMS's push has its own token: the admin token does not open it, nor does its token open the rest.
    var ingestAuth = new IngestAuth(config.ingest().token());
    app.before("/api/*", ctx -> {
      if (ctx.path().equals(PushRoute.PATH)) ingestAuth.check(ctx);
      else auth.check(ctx);
    });
    app.post(PushRoute.PATH, new PushRoute(herald.push())::handle);
    app.before("/metrics", auth::check);
    app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4").result(registry.scrape()));
    app.get("/api/status", ctx -> ctx.json(StatusReport.build(config, herald.store(), herald.clock(), limit(ctx))));
    new LoginRoutes(auth, sessions).register(app);
    var ops = Operations.of(herald);
    new OperationRoutes(ops, herald.store()).register(app);
    new ConsoleRoutes(config, herald.store(), ops, herald.clock(), herald.sightings()).register(app);
    app.start(config.admin().bind(), config.admin().port()); // the loader already let $PORT win
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

  private static final java.util.Set<String> FONTS = java.util.Set.of("NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
      "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf");

  private static void font(Context ctx) throws IOException {
    String file = ctx.pathParam("file");
    if (!FONTS.contains(file)) {
      ctx.status(HttpStatus.NOT_FOUND).result("no such font");
      return;
    }
    try (InputStream in = AdminServer.class.getResourceAsStream("/fonts/" + file)) {
      if (in == null) {
        ctx.status(HttpStatus.NOT_FOUND).result("no such font");
        return;
      }
      ctx.header("Cache-Control", "public, max-age=86400").contentType("font/ttf").result(in.readAllBytes());
    }
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
