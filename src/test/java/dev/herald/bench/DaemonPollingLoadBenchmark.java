package dev.herald.bench;

import ch.qos.logback.classic.Level;
import dev.herald.config.SourceConfig;
import dev.herald.pipeline.Herald;
import dev.herald.pipeline.PipelineWork;
import dev.herald.schedule.QuartzDaemon;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockWebServer;
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
 * The same 1,000 sources as {@link PollingLoadBenchmark}, but polled by the running daemon: Quartz's
 * JDBC job store fires 1,000 poll jobs a minute. One op is one minute of it; the whole process's CPU
 * time (the loopback fake site included, so an upper bound) and the peak heap are printed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class DaemonPollingLoadBenchmark {

  private Path dir;
  private MockWebServer site;
  private Herald herald;
  private QuartzDaemon daemon;
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long cpuNanos;
  private int requests;

  @Setup
  public void start() throws IOException {
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("dev.herald")).setLevel(Level.WARN);
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.quartz")).setLevel(Level.WARN);
    dir = Files.createTempDirectory("herald-daemon-polling");
    site = new MockWebServer();
    site.setDispatcher(new PollingLoadBenchmark.ConditionalSite());
    site.start();
    var config = PollingLoadBenchmark.config(dir, site);
    herald = Herald.start(config, Clock.systemUTC(), new SimpleMeterRegistry());
    var sources = new LinkedHashMap<String, Duration>();
    for (SourceConfig s : config.enabledSources()) sources.put(s.id(), s.every());
    daemon = new QuartzDaemon(herald.database().dataSource(), false, config.scheduler(), new PipelineWork(herald));
    daemon.start(sources, Set.of("preview"), config.scheduler().publishEvery(), false);
  }

  @TearDown
  public void stop() throws IOException {
    daemon.close();
    herald.close();
    site.shutdown();
    Bench.deleteTree(dir);
  }

  @Benchmark
  public long oneMinuteOfPolling() throws InterruptedException {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    int servedBefore = site.getRequestCount();
    long cpu = os.getProcessCpuTime();
    Thread.sleep(Duration.ofMinutes(1).toMillis());
    cpuNanos = os.getProcessCpuTime() - cpu;
    requests = site.getRequestCount() - servedBefore;
    return cpuNanos;
  }

  @TearDown(org.openjdk.jmh.annotations.Level.Iteration)
  public void report() {
    long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.out.printf("%n[daemon polling] %d feed requests in the minute; process CPU %d ms = %.2f %% of one core;"
            + " peak heap %.1f MB (max %d MB)%n", requests, cpuNanos / 1_000_000,
        100.0 * cpuNanos / Duration.ofMinutes(1).toNanos(), peakHeap / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
  }
}
