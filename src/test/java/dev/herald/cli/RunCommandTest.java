package dev.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.herald.fake.FakeWorld;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The daemon in-process: {@code run} polls, publishes on Quartz, serves the admin API, and stops
 * with exit 0 on SIGTERM. The test raises TERM only once {@code run}'s own handler answers (the
 * admin server is up), and puts the JVM's handlers back afterwards.
 */
class RunCommandTest {

  static final Signal TERM = new Signal("TERM");
  static final Signal INT = new Signal("INT");

  @TempDir Path dir;
  FakeWorld world;
  SignalHandler term;
  SignalHandler interrupt;

  @BeforeEach
  void setUp() {
    world = new FakeWorld(dir);
    term = Signal.handle(TERM, SignalHandler.SIG_DFL);
    Signal.handle(TERM, term);
    interrupt = Signal.handle(INT, SignalHandler.SIG_DFL);
    Signal.handle(INT, interrupt);
  }

  @AfterEach
  void tearDown() throws IOException {
    Signal.handle(TERM, term);
    Signal.handle(INT, interrupt);
    world.close();
  }

  @Test
  void runPublishesServesTheAdminApiAndStopsCleanlyOnSigterm() throws Exception {
    int port = freePort();
    Path config = world.config("  port: " + port + "\n  token: " + FakeWorld.ADMIN_TOKEN + "\n",
        Map.of("x-main", "    minSpacing: 0s\n"));
    Files.writeString(config, Files.readString(config).replace("admin:\n", "scheduler:\n  publishEvery: 1s\nadmin:\n"),
        StandardCharsets.UTF_8);
    var http = new OkHttpClient();

    CompletableFuture<Cli.Result> run = CompletableFuture.supplyAsync(() -> Cli.run("run", config));
    boolean published = false;
    int[] codes = new int[3];
    try {
      // x-main has no spacing: both posts go out; the others keep the default spacing: one now, one queued.
      await().atMost(Duration.ofSeconds(30)).until(() -> run.isDone() || world.x.tweets().size() == 2
          && world.telegram.posts().size() == 1 && world.mastodon.statuses().size() == 1 && world.bluesky.records().size() == 1);
      published = !run.isDone();
      codes = new int[] {get(http, port, "/health", null), get(http, port, "/api/status", "wrong"),
          get(http, port, "/api/status", FakeWorld.ADMIN_TOKEN)};
    } catch (org.awaitility.core.ConditionTimeoutException e) {
      published = false;
    } finally {
      if (!run.isDone()) Signal.raise(TERM);
    }

    Cli.Result stopped = run.get(30, TimeUnit.SECONDS);
    assertThat(published).as("run published the feed to every channel:%n%s", stopped.all()).isTrue();
    assertThat(codes).containsExactly(200, 401, 200);
    assertThat(stopped.code()).as(stopped.all()).isZero();
    assertThat(stopped.err()).contains("Herald running: 1 source(s), 4 channel(s)", "admin on 127.0.0.1:" + port, "Herald stopped");
    assertThat(world.x.tweets()).hasSize(2);
    assertThat(world.telegram.posts()).hasSize(1);
    var status = Cli.statusJson(config);
    assertThat(status.path("channels").get(1).path("queue")).hasSize(1);
    assertThat(status.path("channels").get(1).path("nextSlot").isTextual()).isTrue();
  }

  private static int get(OkHttpClient http, int port, String path, String token) throws IOException {
    var request = new Request.Builder().url("http://127.0.0.1:" + port + path);
    if (token != null) request.header("Authorization", "Bearer " + token);
    try (var response = http.newCall(request.build()).execute()) {
      return response.code();
    }
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
