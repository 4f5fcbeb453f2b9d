package dev.herald.config;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads {@code store}, {@code scheduler}, {@code admin} and {@code summarizer}; registers their secrets. */
final class SettingsBinder {

  static final String DEFAULT_STORE = "jdbc:h2:file:./data/herald";

  private final Problems problems;
  private final Map<String, String> env;

  SettingsBinder(Problems problems, Map<String, String> env) {
    this.problems = problems;
    this.env = env;
  }

  StoreSettings store(Section store) {
    String url = store.parsed("url", DEFAULT_STORE, SettingsBinder::jdbcUrl, "jdbc:h2:… or jdbc:postgresql://…");
    String user = store.text("user", "");
    String password = store.rawText("password", "");
    Secrets.register(password);
    int poolSize = store.integer("poolSize", 5, 1, 200);
    store.rejectUnknownKeys();
    var settings = new StoreSettings(url, user, password, poolSize);
    if (settings.opensTcpServer())
      problems.error(store.childPath("url"), lineOf(store, "url"), "AUTO_SERVER=TRUE would open an H2 TCP port that any local user"
          + " can reach; remove it (`" + Invocation.command("status")
          + "` asks the running daemon instead)");
    if (settings.isNetworked() && password.isBlank())
      problems.warn(store.childPath("password"), lineOf(store, "password"),
          "the store is reached over the network but has no password: set store.password");
    return settings;
  }

  SchedulerSettings scheduler(Section scheduler, StoreSettings store) {
    boolean clustered = scheduler.bool("clustered", false);
    if (clustered && !store.isPostgres())
      problems.error(scheduler.node("clustered").orElseThrow(), "clustered: true needs a PostgreSQL store (store.url: jdbc:postgresql://…), not " + store.url());
    int threads = scheduler.integer("threads", 4, 1, 64);
    int maxAttempts = scheduler.integer("maxAttempts", 8, 1, 100);
    Duration retryBase = scheduler.duration("retryBase", Duration.ofSeconds(5), Duration.ofSeconds(1));
    Duration retryMax = scheduler.duration("retryMax", Duration.ofMinutes(30), Duration.ofSeconds(1));
    if (retryMax.compareTo(retryBase) < 0)
      problems.error(scheduler.path() + ".retryMax", lineOf(scheduler, "retryMax"), "must be at least retryBase (" + Durations.format(retryBase) + ")");
    Duration publishEvery = scheduler.duration("publishEvery", Duration.ofSeconds(15), Duration.ofSeconds(1));
    Duration claimTimeout = scheduler.duration("claimTimeout", Duration.ofMinutes(5), Duration.ofSeconds(5));
    scheduler.rejectUnknownKeys();
    return new SchedulerSettings(clustered, threads, maxAttempts, retryBase, retryMax, publishEvery, claimTimeout);
  }

  /**
   * {@code $PORT} from the environment wins over {@code admin.port}, as a platform like Heroku expects,
   * and then the server listens on every interface (the platform routes to it) unless {@code admin.bind} says otherwise.
   */
  AdminSettings admin(Section admin) {
    boolean enabled = admin.bool("enabled", true);
    int port = admin.integer("port", 8080, 0, 65535);
    String envPort = env.get("PORT");
    if (envPort != null && !envPort.isBlank()) {
      try {
        port = Integer.parseInt(envPort.strip());
        if (port < 0 || port > 65535) throw new NumberFormatException(envPort);
      } catch (NumberFormatException e) {
        problems.error(admin.childPath("port"), lineOf(admin, "port"), "environment variable PORT is not a port number: '" + envPort + "'");
      }
    }
    boolean platformPort = envPort != null && !envPort.isBlank();
    String bind = admin.parsed("bind", platformPort ? AdminSettings.ALL_INTERFACES : AdminSettings.LOOPBACK,
        Values::hostOrAddress, "an IP address or a host name, such as 127.0.0.1 or 0.0.0.0");
    String token = admin.rawText("token", "");
    Secrets.register(token);
    List<AdminSettings.NamedToken> tokens = namedTokens(admin);
    if (enabled && token.isBlank() && tokens.isEmpty()) warnClosed(admin);
    else if (!token.isBlank()) tokenLength(admin.childPath("token"), lineOf(admin, "token"), token);
    admin.rejectUnknownKeys();
    return new AdminSettings(enabled, bind, port, token, tokens);
  }

  /** {@code admin.tokens: [{name, token}]}: names are unique, each token follows the length rule. */
  private List<AdminSettings.NamedToken> namedTokens(Section admin) {
    var node = admin.node("tokens");
    if (node.isEmpty()) return List.of();
    var tokens = new java.util.ArrayList<AdminSettings.NamedToken>();
    var names = new java.util.HashSet<String>();
    names.add(AdminSettings.DEFAULT_TOKEN_NAME);
    for (Node item : admin.items(node.get())) {
      Section entry = Section.of(item, item.path(), item.line(), problems);
      String name = entry.required("name");
      String token = entry.rawText("token", null);
      Secrets.register(token);
      entry.rejectUnknownKeys();
      if (token == null || token.isBlank()) entry.missing("token");
      else tokenLength(entry.childPath("token"), lineOf(entry, "token"), token);
      if (name != null && !names.add(name))
        problems.error(entry.childPath("name"), lineOf(entry, "name"), "the name '" + name + "' is used twice"
            + (name.equals(AdminSettings.DEFAULT_TOKEN_NAME) ? " (admin.token is called admin)" : ""));
      if (name != null && token != null && !token.isBlank()) tokens.add(new AdminSettings.NamedToken(name, token.strip()));
    }
    return tokens;
  }

  private void tokenLength(String path, Integer line, String token) {
    if (token.strip().length() < AdminSettings.MIN_TOKEN_LENGTH)
      problems.error(path, line, "the admin token is " + token.strip().length()
          + " characters; use at least " + AdminSettings.MIN_TOKEN_LENGTH + " (e.g. `openssl rand -hex 16`)");
  }

  /** {@code ingest.token}: the CMS's own token, refused when short or equal to the admin token. */
  IngestSettings ingest(Section ingest, AdminSettings admin) {
    String token = ingest.rawText("token", "");
    Secrets.register(token);
    String stripped = token.strip();
    if (!stripped.isEmpty() && stripped.length() < AdminSettings.MIN_TOKEN_LENGTH)
      problems.error(ingest.childPath("token"), lineOf(ingest, "token"), "the ingest token is " + stripped.length()
          + " characters; use at least " + AdminSettings.MIN_TOKEN_LENGTH + " (e.g. `openssl rand -hex 16`)");
    else if (!stripped.isEmpty() && admin != null && stripped.equals(admin.token().strip()))
      problems.error(ingest.childPath("token"), lineOf(ingest, "token"), "must differ from admin.token: the CMS that pushes"
          + " articles must not be able to skip, retry or read posts");
    String contactUrl = ingest.parsed("contactUrl", null, Values::httpUrl, "an http(s) URL");
    ingest.rejectUnknownKeys();
    return new IngestSettings(token, contactUrl);
  }

  private void warnClosed(Section admin) {
    var node = admin.node("token");
    List<String> unset = node.filter(n -> n instanceof Node.Scalar).map(n -> ((Node.Scalar) n).unsetVars()).orElse(List.of());
    String why = unset.isEmpty() ? "" : " (" + Section.unsetPhrase(unset) + ")";
    problems.warn(admin.childPath("token"), lineOf(admin, "token"), "admin API is closed until admin.token is set" + why);
  }

  SummarizerSettings summarizer(Section summarizer) {
    String type = summarizer.parsed("type", "extractive", SettingsBinder::summarizerType, "extractive or llm");
    boolean llm = type.equals("llm");
    String baseUrl = llm ? summarizer.required("baseUrl") : summarizer.text("baseUrl", null);
    if (baseUrl != null) baseUrl = summarizer.parsed("baseUrl", null, Values::httpUrl, "an http(s) URL");
    String model = llm ? summarizer.required("model") : summarizer.text("model", null);
    String apiKey = summarizer.rawText("apiKey", null);
    Secrets.register(apiKey);
    Duration timeout = summarizer.duration("timeout", Duration.ofSeconds(10), Duration.ofSeconds(1));
    summarizer.rejectUnknownKeys();
    if (!llm) return new SummarizerSettings(type, null, null, null, timeout);
    return new SummarizerSettings(type, baseUrl, model, apiKey, timeout);
  }

  private static String summarizerType(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (!t.equals("extractive") && !t.equals("llm")) throw new IllegalArgumentException(text);
    return t;
  }

  private static String jdbcUrl(String text) {
    if (!text.startsWith("jdbc:h2:") && !text.startsWith("jdbc:postgresql:")) throw new IllegalArgumentException(text);
    return text;
  }

  private static Integer lineOf(Section section, String key) {
    return section.node(key).map(Problems::lineOf).orElse(null);
  }
}
