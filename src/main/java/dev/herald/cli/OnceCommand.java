package dev.herald.cli;

import dev.herald.config.Durations;
import dev.herald.config.HeraldConfig;
import dev.herald.config.Invocation;
import dev.herald.config.SourceConfig;
import dev.herald.pipeline.ChannelPlan;
import dev.herald.pipeline.Herald;
import dev.herald.pipeline.Poller;
import dev.herald.pipeline.Publisher;
import dev.herald.store.ChannelHold;
import dev.herald.store.Post;
import dev.herald.store.PostState;
import dev.herald.web.AdminServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "once", description = {
    "One cycle, then exit: poll every enabled source once, compose, then publish every queued post now,",
    "ignoring spacing and quiet hours (but not rate limits or retries). Retries that fall due within",
    "--wait are made before it exits; what still waits is listed.",
    "Exit 0 when nothing failed; 1 when any post failed for good; 2 for bad config. Posts in doubt are listed by `status`."})
final class OnceCommand implements Callable<Integer> {

  @Mixin ConfigOption config;
  @Spec CommandSpec spec;

  @Option(names = "--wait", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
      description = "How long to stay for retries and held channels that fall due (default ${DEFAULT-VALUE}; 0s: none).")
  Duration wait;

  @Override
  public Integer call() throws InterruptedException {
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
      publishAll(herald, out, true);
      Instant deadline = started.plus(wait);
      for (Optional<Instant> next = nextDue(herald); next.isPresent() && !next.get().isAfter(deadline); next = nextDue(herald)) {
        out.flush();
        // Never a busy loop, even when a due post was just taken by another process.
        Thread.sleep(Math.max(100, Duration.between(clock.instant(), next.get()).toMillis()));
        publishAll(herald, out, false);
      }
      listWaiting(herald, out);
      long failed = herald.store().posts().recent(null, Set.of(PostState.FAILED), 10_000).stream()
          .filter(p -> !p.updatedAt().isBefore(started)).count();
      out.flush();
      return failed > 0 ? Main.POST_FAILED : Main.OK;
    }
  }

  /** The first pass prints every channel; a later pass (a retry fell due) only the channels that did something. */
  private static void publishAll(Herald herald, PrintWriter out, boolean everyChannel) {
    for (ChannelPlan channel : herald.channels()) {
      Publisher.Outcome o = herald.publisher().publishDue(channel.id(), true);
      if (!everyChannel && o.posted() + o.retried() + o.failed() + o.skipped() + o.inDoubt() == 0) continue;
      out.println(String.format("channel %-15s %d posted, %d retrying, %d failed, %d skipped%s%s%s", channel.id(),
          o.posted(), o.retried(), o.failed(), o.skipped(), o.inDoubt() > 0 ? ", " + o.inDoubt() + " IN DOUBT" : "",
          herald.store().channels().get(channel.id()).paused() ? " (PAUSED — see `" + Invocation.command("status") + "`)" : "",
          herald.store().holds().get(channel.id()).isPresent() ? " (HELD: the platform did not answer)" : ""));
    }
  }

  /** When the next retry or probe of a channel Herald publishes to falls due; empty when nothing waits. */
  private static Optional<Instant> nextDue(Herald herald) {
    return herald.channels().stream().flatMap(channel -> {
      if (herald.store().channels().get(channel.id()).paused()) return Stream.empty();
      Optional<ChannelHold> hold = herald.store().holds().get(channel.id());
      if (hold.isPresent()) return Stream.of(hold.get().probeAt());
      return herald.store().posts().queue(channel.id()).stream().map(Post::notBefore);
    }).min(Instant::compareTo);
  }

  private static void listWaiting(Herald herald, PrintWriter out) {
    var waiting = herald.channels().stream().flatMap(c -> herald.store().posts().queue(c.id()).stream()).toList();
    if (waiting.isEmpty()) return;
    out.println("still waiting (the daemon or the next `" + Invocation.command("once") + "` sends them):");
    for (Post p : waiting) {
      out.println(String.format("  #%-5d %-15s due %s%s", p.id(), p.channelId(), p.notBefore(),
          p.reason() == null ? "" : " — " + p.reason()));
    }
  }

  static final class DurationConverter implements picocli.CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      return Durations.parse(value);
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
