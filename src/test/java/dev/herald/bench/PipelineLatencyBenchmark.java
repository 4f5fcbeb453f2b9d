package dev.herald.bench;

import ch.qos.logback.classic.Level;
import dev.herald.fake.DeliveryFakes;
import dev.herald.fake.FakeOutlet;
import dev.herald.pipeline.Herald;
import dev.herald.pipeline.PipelineWork;
import dev.herald.schedule.QuartzDaemon;
import dev.herald.schedule.Work;
import dev.herald.store.PostState;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
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
 * Feed → posted on X, Telegram, Mastodon and Bluesky (fakes on loopback), through the running daemon:
 * Quartz polls the feed every 500 ms and runs the publish jobs. One op pushes {@value #ARTICLES}
 * articles, {@code perPoll} at a time (1: a story; 4: a poll that finds four, so 16 posts); each batch's
 * latency runs from the start of the poll that queued it to {@code posted} for all of its posts on all
 * four channels. p50/p99 of those are printed after each iteration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PipelineLatencyBenchmark {

  private static final int ARTICLES = 60;
  private static final List<String> CHANNELS = List.of("x-main", "telegram-main", "mastodon-main", "bluesky-main");

  /** scheduler.publishEvery: the publish jobs' own tick (15s is the default). */
  @Param({"15s"})
  public String publishEvery;

  /** Articles that appear in the feed together, found by one poll. */
  @Param({"1", "4"})
  public int perPoll;

  private Path dir;
  private DeliveryFakes world;
  private Herald herald;
  private QuartzDaemon daemon;
  private TimedWork work;
  private int articles;
  private long[] latencies;

  @Setup
  public void start() throws IOException {
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("dev.herald")).setLevel(Level.WARN);
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.quartz")).setLevel(Level.WARN);
    dir = Files.createTempDirectory("herald-latency");
    world = new DeliveryFakes();
    var config = world.config(dir, List.of("publishEvery: " + publishEvery), List.of("minSpacing: 0s"),
        CHANNELS.toArray(String[]::new));
    herald = Herald.start(config, Clock.systemUTC(), new SimpleMeterRegistry());
    work = new TimedWork(new PipelineWork(herald));
    daemon = new QuartzDaemon(herald.database().dataSource(), false, config.scheduler(), work);
    // Faster than config allows (30s), so the benchmark does not wait for ticks; the latency starts at the poll anyway.
    daemon.start(Map.of("main", Duration.ofMillis(500)), new LinkedHashSet<>(CHANNELS), config.scheduler().publishEvery(), false);
  }

  @TearDown
  public void stop() throws IOException {
    daemon.close();
    herald.close();
    world.close();
    Bench.deleteTree(dir);
  }

  @Benchmark
  public long[] feedToPostedOnAllFourChannels() {
    latencies = new long[ARTICLES / perPoll];
    for (int i = 0; i < latencies.length; i++) latencies[i] = oneBatch();
    return latencies;
  }

  private long oneBatch() {
    for (int i = 0; i < perPoll; i++) {
      int n = ++articles;
      String title = "Breaking story " + n + ": दिल्ली में बारिश, traffic slows across the city";
      world.outlet.publish(new FakeOutlet.Item("story-" + n, title, "The latest on story " + n + ".",
          title + ", officials said.\n\nMore follows.", "India", Instant.now()));
    }
    int wanted = articles * CHANNELS.size();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (posted() < wanted) {
      if (System.nanoTime() > deadline) throw new IllegalStateException("article " + articles + " not posted everywhere in 60 s");
      LockSupport.parkNanos(2_000_000);
    }
    return System.nanoTime() - work.lastNewsPollStarted;
  }

  private int posted() {
    return herald.store().posts().counts(null).getOrDefault(PostState.POSTED, 0);
  }

  @TearDown(org.openjdk.jmh.annotations.Level.Iteration)
  public void report() {
    long[] sorted = latencies.clone();
    Arrays.sort(sorted);
    System.out.printf("%n[latency] %d polls finding %d article(s) each, poll → all %d posts on 4 channels: p50 %d ms, p99 %d ms, max %d ms%n",
        sorted.length, perPoll, perPoll * CHANNELS.size(), percentile(sorted, 0.50), percentile(sorted, 0.99),
        sorted[sorted.length - 1] / 1_000_000);
  }

  private static long percentile(long[] sorted, double p) {
    return sorted[(int) Math.ceil(p * sorted.length) - 1] / 1_000_000;
  }

  /** The pipeline's work, noting when the last poll that queued news started. */
  private static final class TimedWork implements Work {
    private final Work delegate;
    volatile long lastNewsPollStarted;

    TimedWork(Work delegate) {
      this.delegate = delegate;
    }

    @Override
    public boolean poll(String sourceId) {
      long started = System.nanoTime();
      boolean queued = delegate.poll(sourceId);
      if (queued) lastNewsPollStarted = started;
      return queued;
    }

    @Override
    public void publish(String channelId) {
      delegate.publish(channelId);
    }

    @Override
    public void recover() {
      delegate.recover();
    }
  }
}
