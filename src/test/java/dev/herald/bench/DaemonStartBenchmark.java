package dev.herald.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Daemon start to first poll: from launching {@code java -jar target/herald.jar run} to the first
 * request at a loopback feed, on a {@code fresh} H2 store (first start: migrations included) or an
 * {@code existing} one (a restart). Build the jar first ({@code mvn -o -q -B package -DskipTests});
 * each iteration is one process; report the median.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DaemonStartBenchmark {

  @Param({"fresh", "existing"})
  public String store;

  private Path dir;
  private MockWebServer feed;
  private CountDownLatch firstRequest;
  private Process herald;

  @Setup(Level.Trial)
  public void home() throws IOException {
    dir = Files.createTempDirectory("herald-start");
  }

  @TearDown(Level.Trial)
  public void removeHome() throws IOException {
    Bench.deleteTree(dir);
  }

  @Setup(Level.Invocation)
  public void prepare() throws IOException {
    if (store.equals("fresh")) Bench.deleteTree(dir.resolve("data"));
    firstRequest = new CountDownLatch(1);
    feed = new MockWebServer();
    feed.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        firstRequest.countDown();
        return new MockResponse().setHeader("Content-Type", "application/rss+xml").setBody("""
            <?xml version="1.0"?><rss version="2.0"><channel><title>f</title><link>https://example.com</link>
            <description>d</description></channel></rss>""");
      }
    });
    feed.start();
    Files.writeString(dir.resolve("herald.yml"), """
        outlet:
          name: Jaano Junction
          url: https://www.jaanojunction.com
          timezone: Asia/Kolkata
        store:
          url: jdbc:h2:file:%1$s/data/herald
        admin:
          enabled: false
        sources:
          - id: main
            url: %2$s
            every: 1m
        channels:
          - id: preview
            type: preview
            dir: %1$s/out
        """.formatted(dir, feed.url("/feed")), StandardCharsets.UTF_8);
  }

  @Benchmark
  public long startToFirstPoll() throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("user.dir"), "target", "herald.jar");
    if (!Files.isRegularFile(jar)) throw new IllegalStateException(jar + " missing: mvn -o -q -B package -DskipTests");
    String java = ProcessHandle.current().info().command().orElse("java");
    herald = new ProcessBuilder(java, "-jar", jar.toString(), "run", "--config", dir.resolve("herald.yml").toString())
        .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("herald.log").toFile()).start();
    if (!firstRequest.await(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("no poll within 30 s; see " + dir.resolve("herald.log"));
    }
    return firstRequest.getCount();
  }

  @TearDown(Level.Invocation)
  public void stop() throws IOException, InterruptedException {
    if (herald != null) {
      herald.destroy(); // SIGTERM: Herald stops cleanly
      if (!herald.waitFor(30, TimeUnit.SECONDS)) herald.destroyForcibly().waitFor();
    }
    feed.shutdown();
  }
}
