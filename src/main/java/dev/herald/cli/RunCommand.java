package dev.herald.cli;

import dev.herald.channel.HttpClients;
import dev.herald.config.HeraldConfig;
import dev.herald.ops.Operations;
import dev.herald.ops.TelegramApprovals;
import dev.herald.config.Secrets;
import dev.herald.config.SourceConfig;
import dev.herald.pipeline.ChannelPlan;
import dev.herald.pipeline.Herald;
import dev.herald.pipeline.Metrics;
import dev.herald.pipeline.NodeHeartbeat;
import dev.herald.pipeline.PipelineWork;
import dev.herald.pipeline.WebSub;
import dev.herald.schedule.QuartzDaemon;
import dev.herald.store.QueueSignals;
import dev.herald.web.AdminServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import sun.misc.Signal;

@Command(name = "run", description = {
    "The daemon: polls every source on its interval, queues posts, publishes them in their slots and",
    "serves the admin HTTP API/UI. Stops cleanly on SIGTERM or Ctrl-C."})
final class RunCommand implements Callable<Integer> {

  private static final Logger log = LoggerFactory.getLogger(RunCommand.class);
  // Leaves room inside the 10 s Herald promises, itself well inside Heroku's and Kubernetes' 30 s.
  static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(7);

  @Mixin ConfigOption config;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    HeraldConfig cfg = config.load(spec.commandLine().getErr(), true);
    var stop = new CountDownLatch(1);
    // Handle TERM/INT ourselves so an orderly stop ends with exit 0, not the JVM's 143.
    Signal.handle(new Signal("TERM"), s -> stop.countDown());
    Signal.handle(new Signal("INT"), s -> stop.countDown());
    var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    Metrics.bindJvm(registry);
    try (Herald herald = Herald.start(cfg, Clock.systemUTC(), registry)) {
      boolean clustered = cfg.scheduler().clustered();
      herald.publisher().recoverInFlight(clustered ? cfg.scheduler().claimTimeout() : Duration.ZERO);
      resumePausedChannels(herald);
      var sources = new LinkedHashMap<String, Duration>();
      for (SourceConfig s : cfg.enabledSources()) sources.put(s.id(), s.every());
      var channels = new LinkedHashSet<String>();
      herald.channels().forEach(c -> channels.add(c.id()));
      String cliToken = RunFile.newToken();
      Secrets.register(cliToken);
      var database = herald.database();
      try (var heartbeat = NodeHeartbeat.start(herald.store(), herald.node(), herald.clock());
          var daemon = new QuartzDaemon(database.dataSource(), database.isPostgres(), cfg.scheduler(),
              new PipelineWork(herald), clustered ? () -> QueueSignals.announce(database) : null);
          var signals = clustered ? QueueSignals.listen(database, daemon::publishNow) : null;
          var admin = AdminServer.start(cfg, herald, registry, cliToken);
          var approvals = new ApprovalLoop(herald);
          var runFile = RunFileHandle.write(cfg, admin, cliToken)) {
        daemon.start(sources, channels, cfg.scheduler().publishEvery(), clustered, WebSub.MAINTAIN_EVERY);
        // A pushed story is published at once, not at the next publish tick.
        herald.ingest().onQueued(clustered ? () -> QueueSignals.announce(database) : daemon::publishNow);
        approvals.start();
        log.info("Herald running: {} source(s), {} channel(s), node {}{}{}", sources.size(), channels.size(),
            herald.node(), clustered ? ", clustered" : "",
            admin.port() > 0 ? ", admin on " + cfg.admin().bind() + ":" + admin.port() : "");
        stop.await();
        log.info("Stopping: no new posts are claimed; waiting for the one in flight (at most {}s)", SHUTDOWN_GRACE.toSeconds());
        herald.publisher().stop();
        if (!daemon.stop(SHUTDOWN_GRACE)) herald.publisher().abandonInFlight();
      }
    }
    log.info("Herald stopped");
    return Main.OK;
  }

  /** The run file for as long as {@code run} holds the embedded store; deleted on close. Nothing for PostgreSQL. */
  private record RunFileHandle(Path file) implements AutoCloseable {

    static RunFileHandle write(HeraldConfig cfg, AdminServer admin, String cliToken) {
      Path file = RunFile.path(cfg.store()).orElse(null);
      if (file == null) return new RunFileHandle(null);
      String url = admin.localUrl(cfg.admin().bind());
      try {
        new RunFile(ProcessHandle.current().pid(), url, url == null ? null : cliToken).write(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + file, e);
      }
      return new RunFileHandle(file);
    }

    @Override
    public void close() {
      if (file == null) return;
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        log.warn("Could not delete {}: {}", file, e.getMessage());
      }
    }
  }

  /** Asks Telegram approvers every few seconds (only when some telegram channel names {@code approvers}). */
  private static final class ApprovalLoop implements AutoCloseable {
    private static final Duration EVERY = Duration.ofSeconds(3);
    private final TelegramApprovals approvals;
    private ScheduledExecutorService timer;

    ApprovalLoop(Herald herald) {
      this.approvals = new TelegramApprovals(herald.config(), herald.store(), Operations.of(herald), HttpClients.shared(),
          herald.clock(), Herald.states(herald.store(), herald.clock()));
    }

    void start() {
      if (!approvals.active()) return;
      timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "telegram-approvals");
        t.setDaemon(true);
        return t;
      });
      timer.scheduleWithFixedDelay(approvals::tick, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
      if (timer != null) timer.shutdownNow();
    }
  }

  /** A restart (or a {@code once}) is how a manager says "I fixed the credentials": paused channels get another chance. */
  static void resumePausedChannels(Herald herald) {
    for (ChannelPlan channel : herald.channels()) {
      var state = herald.store().channels().get(channel.id());
      if (state.paused()) {
        log.info("Resuming {} (paused since {}: {})", channel.id(), state.pausedAt(), state.pauseReason());
        herald.store().channels().resume(channel.id());
      }
    }
  }
}
