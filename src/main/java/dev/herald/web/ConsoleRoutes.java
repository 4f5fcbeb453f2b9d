package dev.herald.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.card.Card;
import dev.herald.config.ChannelConfig;
import dev.herald.config.HeraldConfig;
import dev.herald.config.Secrets;
import dev.herald.ops.OpResult;
import dev.herald.ops.Operations;
import dev.herald.ops.WhyTrail;
import dev.herald.pipeline.ArticleComposer;
import dev.herald.pipeline.ChannelPlan;
import dev.herald.pipeline.SourceSightings;
import dev.herald.schedule.SlotPlanner;
import dev.herald.store.Post;
import dev.herald.store.PostState;
import dev.herald.store.PostView;
import dev.herald.store.Store;
import dev.herald.store.WebUrls;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The console's read side and composing: {@code GET /api/queue} (each channel's posts in slot order,
 * exactly as they will go out), {@code GET /api/posts/{id}/card}, {@code POST /api/count} (live counting
 * by the platform's own rules), {@code POST /api/compose/draft} and {@code POST /api/compose},
 * {@code GET /api/why?url=}, {@code GET /api/history} (grouped by article) and {@code GET /api/audit}.
 */
final class ConsoleRoutes {

  private static final int HISTORY_SCAN = 2000;

  private final HeraldConfig config;
  private final Store store;
  private final Operations ops;
  private final Clock clock;
  private final SlotPlanner planner;
  private final SourceSightings sightings;

  ConsoleRoutes(HeraldConfig config, Store store, Operations ops, Clock clock, SourceSightings sightings) {
    this.sightings = sightings;
    this.config = config;
    this.store = store;
    this.ops = ops;
    this.clock = clock;
    this.planner = new SlotPlanner(config.outlet().timezone());
  }

  void register(Javalin app) {
    app.get("/api/queue", ctx -> ctx.json(Map.of("timezone", config.outlet().timezone().getId(), "channels", queue())));
    app.get("/api/posts/{id}/card", this::card);
    app.post("/api/count", ctx -> {
      var count = ops.count(Bodies.field(ctx, "channel"), Bodies.field(ctx, "text"));
      if (count.isEmpty()) ctx.status(HttpStatus.NOT_FOUND).json(Map.of("error", "no such channel"));
      else ctx.json(Map.of("length", count.get().length(), "limit", count.get().limit(), "fits", count.get().fits()));
    });
    app.post("/api/compose/draft", this::draft);
    app.post("/api/compose", this::compose);
    app.get("/api/why", ctx -> {
      String url = ctx.queryParam("url");
      if (url == null || !WebUrls.isWeb(url.strip())) ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", "paste an article's http(s) URL"));
      else ctx.json(WhyTrail.of(config, store, url, sightings));
    });
    app.get("/api/history", this::history);
    app.get("/api/audit", ctx -> ctx.json(store.audit().recent(100)));
  }

  private List<Map<String, Object>> queue() {
    Instant now = clock.instant();
    var channels = new ArrayList<Map<String, Object>>();
    for (ChannelConfig channel : config.enabledChannels()) {
      var rules = ChannelPlan.of(channel).rules();
      var state = store.channels().get(channel.id());
      var posts = new ArrayList<Map<String, Object>>();
      var history = new SlotPlanner.History(store.posts().lastPostedAt(channel.id()),
          store.posts().countPostedSince(channel.id(), planner.startOfDay(now)));
      Instant after = now;
      for (Post p : store.posts().queue(channel.id())) {
        Instant slot = planner.nextSlot(channel, after, history, p.priority() > 0);
        if (p.notBefore() != null && p.notBefore().isAfter(slot)) slot = p.notBefore();
        posts.add(post(p, rules.length(p.text()), rules.maxLength(), slot));
        history = new SlotPlanner.History(Optional.of(slot), history.postedToday() + 1);
        after = slot;
      }
      for (Post p : store.posts().awaitingApproval(channel.id())) posts.add(post(p, rules.length(p.text()), rules.maxLength(), null));
      var view = new LinkedHashMap<String, Object>();
      view.put("id", channel.id());
      view.put("type", channel.type());
      view.put("paused", state.paused());
      view.put("pauseReason", Secrets.redact(state.pauseReason()));
      view.put("approval", channel.approvalRequired());
      view.put("limit", rules.maxLength());
      view.put("posts", posts);
      channels.add(view);
    }
    return channels;
  }

  private Map<String, Object> post(Post p, int length, int limit, Instant slot) {
    var article = store.articles().find(p.articleId()).map(a -> a.article());
    var view = new LinkedHashMap<String, Object>();
    view.put("id", p.id());
    view.put("channel", p.channelId());
    view.put("state", p.state().dbName());
    view.put("text", p.text());
    view.put("length", length);
    view.put("limit", limit);
    view.put("slot", slot);
    view.put("notBefore", p.notBefore());
    view.put("cardLayout", p.cardLayout());
    view.put("card", "/api/posts/" + p.id() + "/card");
    view.put("headline", article.map(a -> a.title()).orElse(null));
    view.put("articleUrl", article.map(a -> a.url()).orElse(null));
    return view;
  }

  private void card(Context ctx) {
    Optional<Card> card;
    try {
      card = store.posts().find(Long.parseLong(ctx.pathParam("id"))).flatMap(p -> store.cards().get(p.articleId(), p.cardLayout()));
    } catch (NumberFormatException e) {
      card = Optional.empty();
    }
    if (card.isEmpty()) {
      ctx.status(HttpStatus.NOT_FOUND).result("no card");
      return;
    }
    ctx.header("Cache-Control", "private, max-age=60").contentType(card.get().mime()).result(card.get().bytes());
  }

  private void draft(Context ctx) {
    Optional<ArticleComposer.Composition> draft = drafted(ctx);
    if (draft.isEmpty()) return;
    var composition = draft.get();
    var channels = new ArrayList<Map<String, Object>>();
    for (ChannelPlan plan : ops.composableChannels()) {
      var text = composition.texts().get(plan.id());
      var view = new LinkedHashMap<String, Object>();
      view.put("id", plan.id());
      view.put("type", plan.provider().type());
      view.put("text", text == null ? null : text.text());
      view.put("error", composition.failures().get(plan.id()));
      view.put("length", text == null ? 0 : plan.rules().length(text.text()));
      view.put("limit", plan.rules().maxLength());
      view.put("layout", plan.layout().configName());
      view.put("card", dataUrl(composition.cards().get(plan.layout())));
      channels.add(view);
    }
    ctx.json(Map.of("url", composition.article().url(), "headline", composition.article().title(), "channels", channels));
  }

  private void compose(Context ctx) {
    Optional<ArticleComposer.Composition> draft = drafted(ctx);
    if (draft.isEmpty()) return;
    JsonNode chosen = Bodies.json(ctx).path("channels");
    var channels = new ArrayList<String>();
    chosen.forEach(c -> channels.add(c.asText()));
    if (channels.isEmpty()) {
      ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", "choose at least one channel"));
      return;
    }
    boolean now = Bodies.json(ctx).path("now").asBoolean(false);
    Map<String, OpResult> results = ops.compose(draft.get(), channels, now, OperationRoutes.actor(ctx));
    var answer = new LinkedHashMap<String, Object>();
    results.forEach((channel, r) -> answer.put(channel, Map.of("result", r.message(), "done", r.done(),
        "id", r.post() == null ? -1 : r.post().id())));
    ctx.json(Map.of("channels", answer));
  }

  private Optional<ArticleComposer.Composition> drafted(Context ctx) {
    String url = Bodies.field(ctx, "url");
    if (url == null || !WebUrls.isWeb(url.strip())) {
      ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", "paste an article's http(s) URL"));
      return Optional.empty();
    }
    try {
      return Optional.of(ops.draft(url.strip()));
    } catch (IOException | RuntimeException e) {
      ctx.status(HttpStatus.BAD_GATEWAY).json(Map.of("error", Secrets.redact("could not read " + url.strip() + ": " + e.getMessage())));
      return Optional.empty();
    }
  }

  private void history(Context ctx) {
    String q = Optional.ofNullable(ctx.queryParam("q")).map(s -> s.strip().toLowerCase(Locale.ROOT)).orElse("");
    String channel = Optional.ofNullable(ctx.queryParam("channel")).filter(s -> !s.isBlank()).orElse(null);
    Set<PostState> states = EnumSet.noneOf(PostState.class);
    String state = ctx.queryParam("state");
    if (state != null && !state.isBlank()) {
      try {
        states.add(PostState.fromDb(state.strip()));
      } catch (IllegalArgumentException e) {
        ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", "unknown state " + state));
        return;
      }
    }
    var articles = new LinkedHashMap<String, Map<String, Object>>();
    for (PostView v : store.posts().recentWithArticles(channel, states, HISTORY_SCAN)) {
      String key = v.articleUrl() == null ? "post-" + v.post().id() : v.articleUrl();
      String haystack = ((v.headline() == null ? "" : v.headline()) + " " + key).toLowerCase(Locale.ROOT);
      if (!q.isEmpty() && !haystack.contains(q)) continue;
      var row = articles.computeIfAbsent(key, k -> {
        var r = new LinkedHashMap<String, Object>();
        r.put("articleUrl", v.articleUrl());
        r.put("headline", v.headline());
        r.put("updatedAt", v.post().updatedAt());
        r.put("posts", new ArrayList<Map<String, Object>>());
        return r;
      });
      @SuppressWarnings("unchecked")
      var chips = (List<Map<String, Object>>) row.get("posts");
      var chip = new LinkedHashMap<String, Object>();
      chip.put("id", v.post().id());
      chip.put("channel", v.post().channelId());
      chip.put("state", v.post().state().dbName());
      chip.put("platformUrl", WebUrls.isWeb(v.post().platformUrl()) ? v.post().platformUrl() : null);
      chip.put("reason", Secrets.redact(v.post().reason()));
      chips.add(chip);
    }
    int limit = Math.min(500, intParam(ctx, "limit", 100));
    ctx.json(Map.of("articles", articles.values().stream().limit(limit).toList()));
  }

  private static int intParam(Context ctx, String name, int fallback) {
    try {
      return Math.max(1, Integer.parseInt(ctx.queryParam(name)));
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private static String dataUrl(Card card) {
    return card == null ? null : "data:" + card.mime() + ";base64," + Base64.getEncoder().encodeToString(card.bytes());
  }

}
