package dev.herald.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.config.ConfigLoader;
import dev.herald.config.HeraldConfig;
import dev.herald.pipeline.Herald;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Runs a command in-process through {@link Main#execute} with System.out and System.err swapped
 * for buffers (Logback's console appender writes to whatever System.err is at the time), and gives
 * back the exit code and both streams.
 */
final class Cli {

  private static final ObjectMapper JSON = new ObjectMapper();

  record Result(int code, String out, String err) {

    /** Both streams, for assertions about what a person could see anywhere. */
    String all() {
      return out + "\n" + err;
    }

    JsonNode json() {
      try {
        return JSON.readTree(out);
      } catch (IOException e) {
        throw new AssertionError("stdout is not one JSON document:\n" + out, e);
      }
    }
  }

  private Cli() {}

  static synchronized Result run(String... args) {
    PrintStream realOut = System.out;
    PrintStream realErr = System.err;
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = Main.execute(args);
    } finally {
      System.out.flush();
      System.err.flush();
      System.setOut(realOut);
      System.setErr(realErr);
    }
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** {@code command --config FILE args…}. */
  static Result run(String command, Path config, String... args) {
    var all = new String[args.length + 3];
    all[0] = command;
    all[1] = "--config";
    all[2] = config.toString();
    System.arraycopy(args, 0, all, 3, args.length);
    return run(all);
  }

  static Result runOk(String command, Path config, String... args) {
    Result r = run(command, config, args);
    if (r.code() != 0) {
      throw new AssertionError(command + " exited " + r.code() + "\nstdout:\n" + r.out() + "\nstderr:\n" + r.err());
    }
    return r;
  }

  /** Polls every enabled source once, queueing posts without publishing any (a daemon between slots). */
  static void pollWithoutPublishing(Path config) {
    HeraldConfig cfg = ConfigLoader.load(config, Map.of()).config().orElseThrow();
    try (var herald = Herald.start(cfg, Clock.systemUTC(), new SimpleMeterRegistry())) {
      cfg.enabledSources().forEach(source -> herald.poller().poll(source));
    }
  }

  static JsonNode statusJson(Path config) {
    return runOk("status", config, "--json").json();
  }
}
