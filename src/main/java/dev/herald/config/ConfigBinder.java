package dev.herald.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/** Turns the whole YAML tree into a {@link HeraldConfig}, reporting every problem on the way. */
final class ConfigBinder {

  private final Problems problems;
  private final Map<String, String> env;
  private final ChannelCatalog catalog;
  private final boolean requireCredentials;

  ConfigBinder(Problems problems, Map<String, String> env, ChannelCatalog catalog, boolean requireCredentials) {
    this.problems = problems;
    this.env = env;
    this.catalog = catalog;
    this.requireCredentials = requireCredentials;
  }

  HeraldConfig bind(Node root) {
    if (!(root instanceof Node.Mapping)) {
      problems.error(root, "expected a map of sections (outlet, store, scheduler, admin, summarizer, sources, channels), got " + root.kind());
      return null;
    }
    Section top = Section.of(root, "", root.line(), problems);
    var settings = new SettingsBinder(problems, env);
    Outlet outlet = new OutletBinder(problems).bind(top.section("outlet"));
    StoreSettings store = settings.store(top.section("store"));
    SchedulerSettings scheduler = settings.scheduler(top.section("scheduler"), store);
    AdminSettings admin = settings.admin(top.section("admin"));
    SummarizerSettings summarizer = settings.summarizer(top.section("summarizer"));
    var sourceBinder = new SourceBinder();
    List<SourceConfig> sources = list(top, "sources", (s, i) -> sourceBinder.bind(s));
    var channelBinder = new ChannelBinder(problems, catalog, requireCredentials);
    List<ChannelConfig> channels = list(top, "channels", (s, i) -> channelBinder.bind(s));
    String publicBaseUrl = top.parsed("publicBaseUrl", null, Values::httpUrl, "an http(s) URL");
    requirePublicCards(channels, top.node("publicBaseUrl").isPresent(), admin);
    List<String> allowPrivateHosts = PrivateHosts.bind(top, problems);
    IngestSettings ingest = settings.ingest(top.section("ingest"), admin);
    top.rejectUnknownKeys();
    return new HeraldConfig(outlet, store, scheduler, admin, summarizer, sources, channels, allowPrivateHosts, publicBaseUrl, ingest);
  }

  /** Instagram and Threads fetch each card from Herald's own HTTP server, at publicBaseUrl. */
  private void requirePublicCards(List<ChannelConfig> channels, boolean publicBaseUrlGiven, AdminSettings admin) {
    for (ChannelConfig channel : channels) {
      if (channel == null || !channel.enabled()) continue;
      ChannelType type = channel.type() == null ? null : catalog.types().get(channel.type());
      if (type == null || !type.needsPublicCards()) continue;
      if (!publicBaseUrlGiven) {
        problems.error("publicBaseUrl", null, "required: channel " + channel.id() + " (" + channel.type()
            + ") fetches its cards from Herald's HTTP server at this public URL");
      }
      if (admin != null && !admin.enabled()) {
        problems.error("admin.enabled", null, "must be true: channel " + channel.id() + " (" + channel.type()
            + ") fetches its cards from Herald's HTTP server");
      }
      return;
    }
  }

  private <T> List<T> list(Section top, String key, BiFunction<Section, Integer, T> binder) {
    Optional<Node> node = top.node(key);
    if (node.isEmpty()) {
      problems.warn(key, null, "no " + key + " configured — nothing will be " + (key.equals("sources") ? "polled" : "published"));
      return List.of();
    }
    List<Node> items = top.items(node.get());
    var out = new ArrayList<T>();
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      out.add(binder.apply(Section.of(item, item.path(), item.line(), problems), i));
    }
    IdChecks.unique(key, out, items, ConfigBinder::idOf, problems);
    return out;
  }

  private static String idOf(Object item) {
    if (item instanceof SourceConfig source) return source.id();
    if (item instanceof ChannelConfig channel) return channel.id();
    return null;
  }
}
