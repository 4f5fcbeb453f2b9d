package dev.herald.cli;

import dev.herald.config.HeraldConfig;
import dev.herald.config.SourceConfig;
import dev.herald.pipeline.ChannelPlan;
import dev.herald.pipeline.Herald;
import dev.herald.pipeline.Poller;
import dev.herald.pipeline.Publisher;
import dev.herald.store.PostState;
import dev.herald.web.AdminServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "once", description = {
    "One cycle, then exit: poll every enabled source once, compose, then publish every queued post now,",
    "ignoring spacing and quiet hours (but not rate limits or retries).",
    "Exit 0 when nothing failed; 1 when any post failed for good; 2 for bad config. Posts in doubt are listed by `status`."})
final class OnceCommand implements Callable<Integer> {

  @Mixin ConfigOption config;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    HeraldConfig cfg = config.load(spec.commandLine().getErr());
    Clock clock = Clock.systemUTC();
    Instant started = clock.instant();
    var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    try (Herald herald = Herald.start(cfg, clock, registry);
         var cards = servesPublicCards(herald) ? cardServer(cfg, herald, registry) : null) {
      herald.publisher().recoverInFlight(cfg.scheduler().clustered() ? cfg.scheduler().claimTimeout() : Duration.ZERO);
      RunCommand.resumePausedChannels(herald);
      for (SourceConfig source : cfg.enabledSources()) {
        Poller.Outcome o = herald.poller().poll(source);
        out.println(o.ok()
            ? String.format("source %-16s %d new, %d queued", source.id(), o.seen(), o.queued())
            : String.format("source %-16s FAILED: %s", source.id(), o.error()));
      }
      for (ChannelPlan channel : herald.channels()) {
        Publisher.Outcome o = herald.publisher().publishDue(channel.id(), true);
        out.println(String.format("channel %-15s %d posted, %d retrying, %d failed, %d skipped%s%s", channel.id(),
            o.posted(), o.retried(), o.failed(), o.skipped(), o.inDoubt() > 0 ? ", " + o.inDoubt() + " IN DOUBT" : "",
            herald.store().channels().get(channel.id()).paused() ? " (PAUSED — see `herald status`)" : ""));
      }
      long failed = herald.store().posts().recent(null, Set.of(PostState.FAILED), 10_000).stream()
          .filter(p -> !p.updatedAt().isBefore(started)).count();
      out.flush();
      return failed > 0 ? Main.POST_FAILED : Main.OK;
    }
  }

  /** Null when the port is taken: then a running daemon serves the cards from the same store. */
  private static AdminServer cardServer(HeraldConfig cfg, Herald herald, PrometheusMeterRegistry registry) {
    try {
      return AdminServer.start(cfg, herald, registry);
    } catch (RuntimeException portTaken) {
      return null;
    }
  }

  /** Instagram and Threads fetch cards from Herald while it publishes, so `once` serves them meanwhile. */
  private static boolean servesPublicCards(Herald herald) {
    return herald.channels().stream().anyMatch(c -> c.provider().needsPublicCards());
  }
}
