package dev.herald.pipeline;

import dev.herald.card.Java2dCardRenderer;
import dev.herald.channel.Channel;
import dev.herald.channel.ChannelContext;
import dev.herald.channel.HttpClients;
import dev.herald.channel.PersistentState;
import dev.herald.channel.PublicCards;
import dev.herald.compose.Composer;
import dev.herald.compose.ExtractiveSummarizer;
import dev.herald.compose.LlmSummarizer;
import dev.herald.compose.Summarizer;
import dev.herald.config.ChannelConfig;
import dev.herald.config.HeraldConfig;
import dev.herald.source.ArticleExtractor;
import dev.herald.source.Fetcher;
import dev.herald.source.OutboundPolicy;
import dev.herald.store.Database;
import dev.herald.store.Store;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import okhttp3.OkHttpClient;

/**
 * One running Herald: the store, the stages and the configured channels, built from a validated
 * config. The CLI commands and the daemon's jobs all work through one instance.
 */
public final class Herald implements AutoCloseable {

  private final HeraldConfig config;
  private final Clock clock;
  private final Database database;
  private final Store store;
  private final Map<String, ChannelPlan> plans;
  private final Map<String, Channel> clients;
  private final Ingest ingest;
  private final Poller poller;
  private final Push push;
  private final WebSub webSub;
  private final Publisher publisher;
  private final Metrics metrics;
  /** Named in the User-Agent of every fetch. */
  static final String VERSION = "0.1";

  private final HandComposer handComposer;
  private final SourceSightings sightings;
  private final String node = UUID.randomUUID().toString().substring(0, 8);

  private Herald(HeraldConfig config, Clock clock, Database database, OkHttpClient http, MeterRegistry registry) {
    this.config = config;
    this.clock = clock;
    this.database = database;
    this.store = new Store(database);
    this.metrics = new Metrics(registry);
    this.plans = plans(config);
    this.clients = clients(plans, context(store, http, clock, config));
    var composer = new Composer();
    var renderer = new Java2dCardRenderer();
    // Feeds, pages and images are outside input: one fetcher refuses internal addresses for all of them.
    var fetcher = new Fetcher(http, OutboundPolicy.of(config), config.ingest().userAgent(VERSION, config.outlet()));
    var compose = new ArticleComposer(config.outlet(), summarizer(config, http), composer, renderer, fetcher, config.sources());
    var extractor = new ArticleExtractor(fetcher);
    this.ingest = new Ingest(store, extractor, compose, plans.values(), config.outlet().language(), clock);
    this.webSub = new WebSub(config, store, fetcher, ingest, clock);
    this.poller = new Poller(store, fetcher, ingest, webSub, clock, metrics);
    this.push = new Push(config, ingest, store, plans.keySet());
    this.handComposer = new HandComposer(store, fetcher, extractor, compose, plans, clock);
    this.sightings = new SourceSightings(config, fetcher);
    var turns = ChannelTurns.of(config.scheduler().clustered(), store, node, clock, List.copyOf(plans.keySet()));
    this.publisher = new Publisher(config, store, plans, clients, clock, node, metrics, turns, new PageCheck(config, fetcher, clock));
    metrics.registerAtZero(config.enabledSources().stream().map(s -> s.id()).toList(), plans.keySet());
    StoreGauges.register(registry, store, plans.values(), clock);
  }

  /** Opens the store (migrating it) and builds every enabled channel's client. */
  public static Herald start(HeraldConfig config, Clock clock, MeterRegistry registry) {
    return start(config, clock, registry, HttpClients.shared());
  }

  public static Herald start(HeraldConfig config, Clock clock, MeterRegistry registry, OkHttpClient http) {
    var database = Database.open(config.store());
    try {
      return new Herald(config, clock, database, http, registry);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** The context channels are built with: their persistent state lives in {@code store}. */
  public static ChannelContext context(Store store, OkHttpClient http, Clock clock, HeraldConfig config) {
    return new ChannelContext(http, clock, config.outlet(), states(store, clock), publicCards(store, clock, config));
  }

  /** Cards served for platforms that fetch images by URL; none without {@code publicBaseUrl}. */
  public static PublicCards publicCards(Store store, Clock clock, HeraldConfig config) {
    return config.publicBaseUrl() == null ? PublicCards.NONE
        : new ServedCards(store.publicCards(), config.publicBaseUrl(), clock);
  }

  /** Each channel's {@link PersistentState}, kept in {@code store}. */
  public static Function<String, PersistentState> states(Store store, Clock clock) {
    return id -> new StoredChannelState(store.channelSecrets(), id, clock);
  }

  /** Plans of the enabled channels, in config order. */
  public static Map<String, ChannelPlan> plans(HeraldConfig config) {
    var plans = new LinkedHashMap<String, ChannelPlan>();
    for (ChannelConfig channel : config.enabledChannels()) plans.put(channel.id(), ChannelPlan.of(channel));
    return plans;
  }

  /** Builds each plan's platform client; no network call is made until the first publish. */
  public static Map<String, Channel> clients(Map<String, ChannelPlan> plans, ChannelContext context) {
    var clients = new LinkedHashMap<String, Channel>();
    plans.forEach((id, plan) -> clients.put(id, plan.provider().create(plan.config(), context)));
    return clients;
  }

  private static Summarizer summarizer(HeraldConfig config, OkHttpClient http) {
    var extractive = new ExtractiveSummarizer();
    var settings = config.summarizer();
    if (!"llm".equals(settings.type())) return extractive;
    return LlmSummarizer.from(settings, http, extractive);
  }

  public HeraldConfig config() {
    return config;
  }

  public Clock clock() {
    return clock;
  }

  public Store store() {
    return store;
  }

  public Database database() {
    return database;
  }

  public Poller poller() {
    return poller;
  }

  /** Where every article comes in: the poller, pushes from the CMS and WebSub deliveries. */
  public Ingest ingest() {
    return ingest;
  }

  /** Stories the CMS pushes ({@code POST /api/articles}). */
  public Push push() {
    return push;
  }

  /** WebSub subscriptions of the sources whose feeds name a hub. */
  public WebSub webSub() {
    return webSub;
  }

  public Publisher publisher() {
    return publisher;
  }

  /** Drafts and queues a story an operator pastes by URL. */
  public HandComposer handComposer() {
    return handComposer;
  }

  /** Asks the sources now whether they list a URL, and which filter drops it. */
  public SourceSightings sightings() {
    return sightings;
  }

  public Metrics metrics() {
    return metrics;
  }

  public String node() {
    return node;
  }

  public List<ChannelPlan> channels() {
    return List.copyOf(plans.values());
  }

  @Override
  public void close() {
    clients.values().forEach(Channel::close);
    database.close();
  }
}
