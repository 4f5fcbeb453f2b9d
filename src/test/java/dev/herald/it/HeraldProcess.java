package dev.herald.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Herald as the operator runs it: {@code java -jar herald.jar <command> --config FILE} in its own JVM,
 * stdout and stderr in files under the test's directory. {@link #kill()} is SIGKILL, {@link #terminate()} SIGTERM.
 */
final class HeraldProcess implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger RUNS = new AtomicInteger();

  private final Process process;
  private final Path stdout;
  private final Path stderr;

  private HeraldProcess(Process process, Path stdout, Path stderr) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  static Path jar() {
    String jar = System.getProperty("herald.jar");
    if (jar == null || !Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException("system property herald.jar must name the built jar (run `mvn verify`), got " + jar);
    }
    return Path.of(jar);
  }

  /** Starts {@code herald <args> --config <config>} with {@code dir} as its working directory. */
  static HeraldProcess start(Path dir, Path config, String... args) {
    String name = RUNS.incrementAndGet() + "-" + args[0];
    var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-jar", jar().toString()));
    command.addAll(List.of(args));
    command.addAll(List.of("--config", config.toString()));
    Path out = dir.resolve(name + ".out");
    Path err = dir.resolve(name + ".err");
    try {
      Process p = new ProcessBuilder(command).directory(dir.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      return new HeraldProcess(p, out, err);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs a command to its end (at most two minutes) and returns its exit code and output. */
  static Result run(Path dir, Path config, String... args) {
    try (var herald = start(dir, config, args)) {
      int code = herald.waitFor(120);
      return new Result(code, herald.stdout(), herald.stderr());
    }
  }

  /** {@code status --json}, parsed. */
  static JsonNode status(Path dir, Path config) {
    Result result = run(dir, config, "status", "--json", "--limit", "1000");
    if (result.code() != 0) throw new AssertionError("status --json exited " + result.code() + ": " + result.stderr());
    try {
      return JSON.readTree(result.stdout());
    } catch (IOException e) {
      throw new AssertionError("status --json printed no JSON: " + result.stdout(), e);
    }
  }

  /** The posts of a {@code status --json} document. */
  static List<JsonNode> posts(JsonNode status) {
    var posts = new ArrayList<JsonNode>();
    status.path("posts").forEach(posts::add);
    return posts;
  }

  record Result(int code, String stdout, String stderr) {}

  int waitFor(long seconds) {
    try {
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        throw new AssertionError("herald did not end within " + seconds + "s; stderr:\n" + stderr());
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** SIGKILL: no shutdown hook, no finally block, no commit — a crash. */
  void kill() {
    process.destroyForcibly();
    waitFor(30);
  }

  /** SIGTERM: an orderly stop, as a process manager asks for one. */
  void terminate() {
    process.destroy();
  }

  long pid() {
    return process.pid();
  }

  boolean alive() {
    return process.isAlive();
  }

  String stdout() {
    return read(stdout);
  }

  String stderr() {
    return read(stderr);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) process.destroyForcibly();
  }
}
