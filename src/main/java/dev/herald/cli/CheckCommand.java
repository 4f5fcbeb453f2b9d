package dev.herald.cli;

import dev.herald.channel.Channel;
import dev.herald.channel.CredentialExpiry;
import dev.herald.channel.HttpClients;
import dev.herald.channel.PublishException;
import dev.herald.config.ConfigProblem;
import dev.herald.config.ConfigResult;
import dev.herald.config.HeraldConfig;
import dev.herald.config.Secrets;
import dev.herald.config.SourceConfig;
import dev.herald.pipeline.ChannelPlan;
import dev.herald.pipeline.Herald;
import dev.herald.source.FeedDiscovery;
import dev.herald.source.FeedException;
import dev.herald.source.FeedSource;
import dev.herald.source.PollResult;
import dev.herald.source.FetchState;
import dev.herald.source.Fetcher;
import dev.herald.store.Database;
import dev.herald.store.Store;
import dev.herald.source.OutboundPolicy;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", description = {
    "Validate the config and print every problem with its key path.",
    "--live also fetches each source and verifies each channel's credentials against its API."})
final class CheckCommand implements Callable<Integer> {

  @Mixin ConfigOption config;
  @Spec CommandSpec spec;

  @Option(names = "--live", description = "Also reach every source and platform.")
  boolean live;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ConfigResult result = config.read();
    for (ConfigProblem problem : result.problems()) out.println(ConfigOption.label(problem) + problem);
    if (result.config().isEmpty()) {
      out.printf("%s: %d error(s)%n", config.path(), result.errors().size());
      out.flush();
      return Main.BAD_CONFIG;
    }
    HeraldConfig cfg = result.config().get();
    out.printf("%s is valid: %d source(s), %d channel(s) enabled%n", config.path(), cfg.enabledSources().size(),
        cfg.enabledChannels().size());
    int failures = live ? checkLive(cfg, out) : 0;
    out.flush();
    return failures > 0 ? Main.POST_FAILED : Main.OK;
  }

  /** A source URL that is a home page: what discovery found there, and the feed it uses. */
  private static PollResult pollOrDiscover(SourceConfig source, Fetcher fetcher, PrintWriter out) throws Exception {
    try {
      return new FeedSource(source, fetcher).poll(FetchState.NONE);
    } catch (FeedSource.HomePage home) {
      var found = FeedDiscovery.discover(fetcher, home.page());
      out.printf("info  source  %-16s %s is a home page; found %d feed(s)%n", source.id(), Secrets.redact(source.url()),
          found.found().size());
      for (var feed : found.found()) {
        out.printf("info  source  %-16s %s %s (%s)%n", source.id(), feed.equals(found.chosen()) ? "uses " : "found",
            Secrets.redact(feed.url()), feed.how());
      }
      if (found.chosen() == null) throw new FeedException(home.getMessage() + ", and it names no feed");
      var chosen = new SourceConfig(source.id(), found.chosen().url(), source.enabled(), source.every(), source.backfill(),
          source.extract(), source.include(), source.exclude());
      return new FeedSource(chosen, fetcher).poll(FetchState.NONE);
    }
  }

  private static int checkLive(HeraldConfig cfg, PrintWriter out) {
    int failures = 0;
    var fetcher = new Fetcher(HttpClients.shared(), OutboundPolicy.of(cfg));
    for (SourceConfig source : cfg.enabledSources()) {
      try {
        var result = pollOrDiscover(source, fetcher, out);
        out.printf("ok    source  %-16s %d item(s)%n", source.id(), result.items().size());
      } catch (Exception e) {
        failures++;
        out.printf("FAIL  source  %-16s %s%n", source.id(), Secrets.redact(e.getMessage()));
      }
    }
    if (CardReachability.needed(cfg)) {
      String cards = CardReachability.check(cfg);
      if (!cards.startsWith("ok ")) failures++;
      out.printf("%s cards   %s%n", cards.startsWith("ok ") ? "ok   " : "FAIL ", Secrets.redact(cards.replaceFirst("^ok ", "")));
    }
    // The channels' stored state (a Bluesky session, a token's expiry) is used and kept, as by `run`.
    try (var database = Database.open(cfg.store())) {
      Clock clock = Clock.systemUTC();
      var context = Herald.context(new Store(database), HttpClients.shared(), clock, cfg);
      var clients = Herald.clients(Herald.plans(cfg), context);
      for (ChannelPlan plan : Herald.plans(cfg).values()) {
        try (Channel channel = clients.get(plan.id())) {
          out.printf("ok    channel %-16s %s%n", plan.id(), Secrets.redact(channel.verify()));
          var state = context.state(plan.id());
          channel.credentialExpiry().ifPresent(state::credentialExpiresAt); // so status and the UI warn too
          Optional<Instant> expiry = state.credentialExpiry();
          expiry.flatMap(at -> CredentialExpiry.warning(at, clock.instant()))
              .ifPresent(warning -> out.printf("WARN  channel %-16s %s%n", plan.id(), warning));
        } catch (PublishException e) {
          failures++;
          out.printf("FAIL  channel %-16s %s: %s%n", plan.id(), e.kind().name().toLowerCase(Locale.ROOT),
              Secrets.redact(e.getMessage()));
        }
      }
    }
    return failures;
  }
}
