package dev.herald.bench;

import ch.qos.logback.classic.Level;
import dev.herald.config.HeraldConfig;
import dev.herald.config.SourceConfig;
import dev.herald.fake.DeliveryFakes;
import dev.herald.pipeline.Herald;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.slf4j.LoggerFactory;

/**
 * One minute's polling of 1,000 sources: each op polls every source once with the real Fetcher,
 * feed parser and store, against a loopback site that answers 304 to the conditional GET. Scored by
 * wall time; the polling thread's CPU time (as % of one core over a minute) and the peak heap are
 * printed after each iteration. The fork gets -Xmx256m, the target's heap ceiling.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class PollingLoadBenchmark {

  static final int SOURCES = 1_000;
  private static final String ETAG = "\"feed-v1\"";

  private Path dir;
  private MockWebServer site;
  private Herald herald;
  private List<SourceConfig> sources;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private long cpuNanos;
  private long wallNanos;

  @Setup
  public void start() throws IOException {
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("dev.herald")).setLevel(Level.WARN);
    dir = Files.createTempDirectory("herald-polling");
    site = new MockWebServer();
    site.setDispatcher(new ConditionalSite());
    site.start();
    herald = Herald.start(config(), Clock.systemUTC(), new SimpleMeterRegistry());
    sources = herald.config().enabledSources();
    pollAll(); // primes every source: 200 with an ETag, its one item marked as seen
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private HeraldConfig config() {
    return config(dir, site);
  }

  /** A config with {@value #SOURCES} sources on {@code site}, polled every minute, and one preview channel. */
  static HeraldConfig config(Path dir, MockWebServer site) {
    var yaml = new StringBuilder("""
        outlet:
          name: Jaano Junction
          url: https://www.jaanojunction.com
          timezone: Asia/Kolkata
        store:
          url: jdbc:h2:file:%s/data/herald
        admin:
          enabled: false
        channels:
          - id: preview
            type: preview
            dir: %s/out
        sources:
        """.formatted(dir, dir));
    for (int i = 0; i < SOURCES; i++) {
      yaml.append("  - id: s").append(i).append("\n    url: ").append(site.url("/feed/" + i)).append("\n    every: 1m\n");
    }
    return DeliveryFakes.load(dir.resolve("herald.yml"), yaml.toString());
  }

  @TearDown
  public void stop() throws IOException {
    herald.close();
    site.shutdown();
    Bench.deleteTree(dir);
  }

  @Benchmark
  public int pollAThousandSourcesOnce() {
    long cpu = threads.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    int ok = pollAll();
    cpuNanos = threads.getCurrentThreadCpuTime() - cpu;
    wallNanos = System.nanoTime() - wall;
    if (ok != SOURCES) throw new IllegalStateException(ok + " of " + SOURCES + " polls succeeded");
    return ok;
  }

  private int pollAll() {
    int ok = 0;
    for (SourceConfig source : sources) if (herald.poller().poll(source).ok()) ok++;
    return ok;
  }

  @TearDown(org.openjdk.jmh.annotations.Level.Iteration)
  public void report() {
    long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.out.printf("%n[polling] %d sources: wall %d ms, polling thread CPU %d ms = %.2f %% of one core per minute;"
            + " peak heap %.1f MB (max %d MB); %d requests served%n", SOURCES, wallNanos / 1_000_000, cpuNanos / 1_000_000,
        100.0 * cpuNanos / Duration.ofMinutes(1).toNanos(), peakHeap / 1048576.0,
        Runtime.getRuntime().maxMemory() / 1048576, site.getRequestCount());
  }

  /** Answers each feed once with an item and an ETag, then 304 to every conditional GET. */
  static final class ConditionalSite extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      if (ETAG.equals(request.getHeader("If-None-Match"))) return new MockResponse().setResponseCode(304).setHeader("ETag", ETAG);
      return new MockResponse().setHeader("Content-Type", "application/rss+xml; charset=utf-8").setHeader("ETag", ETAG)
          .setBody("""
              <?xml version="1.0" encoding="UTF-8"?>
              <rss version="2.0"><channel><title>Feed</title><link>https://www.jaanojunction.com</link>
              <description>News</description><item><title>One</title>
              <link>https://www.jaanojunction.com%s/one</link><guid>one%1$s</guid>
              <pubDate>Fri, 27 Nov 2026 06:00:00 GMT</pubDate></item></channel></rss>
              """.formatted(request.getPath()));
    }
  }
}
