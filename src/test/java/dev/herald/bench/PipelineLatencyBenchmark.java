package dev.herald.bench;

import ch.qos.logback.classic.Level;
import dev.herald.fake.FakeOutlet;
import dev.herald.fake.FakeWorld;
import dev.herald.pipeline.Herald;
import dev.herald.pipeline.PipelineWork;
import dev.herald.schedule.QuartzDaemon;
import dev.herald.store.PostState;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.slf4j.LoggerFactory;

/**
 * Feed → posted on X, Telegram, Mastodon and Bluesky (fakes on loopback), through the running
 * daemon: one op is the poll that sees a new article (run as the poll job runs it) until Quartz's
 * publish jobs have it {@code posted} on all four channels. Scored by sample time: read p0.50 / p0.99.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PipelineLatencyBenchmark {

  private static final List<String> CHANNELS = List.of("x-main", "telegram-main", "mastodon-main", "bluesky-main");

  /** How often each channel's publish job runs (scheduler.publishEvery); 15s is the default. */
  @Param({"15s"})
  public String publishEvery;

  /** Whether a poll that queued news runs the publish jobs at once, as {@code herald run} does. */
  @Param({"true"})
  public boolean publishNow;

  private Path dir;
  private FakeWorld world;
  private Herald herald;
  private QuartzDaemon daemon;
  private PipelineWork work;
  private int articles;

  @Setup
  public void start() throws IOException {
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("dev.herald")).setLevel(Level.WARN);
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.quartz")).setLevel(Level.WARN);
    dir = Files.createTempDirectory("herald-latency");
    world = new FakeWorld();
    var config = world.config(dir, List.of("publishEvery: " + publishEvery), List.of("minSpacing: 0s"),
        CHANNELS.toArray(String[]::new));
    herald = Herald.start(config, Clock.systemUTC(), new SimpleMeterRegistry());
    work = new PipelineWork(herald);
    work.poll("main"); // primes the (empty) feed
    daemon = new QuartzDaemon(herald.database().dataSource(), false, config.scheduler(), work);
    // No poll trigger: the benchmark thread runs each poll itself, exactly as the poll job would.
    if (publishNow) work.whenQueued(daemon::publishNow);
    daemon.start(Map.of(), new LinkedHashSet<>(CHANNELS), config.scheduler().publishEvery(), false);
  }

  @TearDown
  public void stop() throws IOException {
    daemon.close();
    herald.close();
    world.close();
    Bench.deleteTree(dir);
  }

  @Benchmark
  public int feedToPostedOnAllFourChannels() {
    int n = ++articles;
    String title = "Breaking story " + n + ": दिल्ली में बारिश, traffic slows across the city";
    world.outlet.publish(new FakeOutlet.Item("story-" + n, title, "The latest on story " + n + ".",
        title + ", officials said.\n\nMore follows.", "India", Instant.now()));
    work.poll("main");
    int wanted = n * CHANNELS.size();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (posted() < wanted) {
      if (System.nanoTime() > deadline) throw new IllegalStateException("article " + n + " not posted everywhere in 60 s");
      LockSupport.parkNanos(2_000_000);
    }
    return wanted;
  }

  private int posted() {
    return herald.store().posts().counts(null).getOrDefault(PostState.POSTED, 0);
  }
}
