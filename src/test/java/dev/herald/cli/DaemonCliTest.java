package dev.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.config.ConfigLoader;
import dev.herald.config.HeraldConfig;
import dev.herald.fake.FakeWorld;
import dev.herald.pipeline.Herald;
import dev.herald.web.AdminServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code status}, {@code retry}, {@code skip} and {@code resolve} through a running daemon's admin API
 * print exactly what they print from the store, with the same exit codes. The "remote" config points at
 * an empty store whose run file names the daemon: only an answer from the daemon can show its posts.
 */
class DaemonCliTest {

  static final String CLI_TOKEN = RunFile.newToken();

  @TempDir Path dir;
  FakeWorld world;
  Path config;
  Path remote;
  Herald herald;
  AdminServer admin;

  @BeforeEach
  void setUp() throws IOException {
    world = new FakeWorld(dir);
    config = world.config("  port: 0\n  token: \"\"\n", Map.of("x-main", "    minSpacing: 10m\n"));
    Cli.runOk("once", config);
    world.breakingNews("isro-launch", "ISRO launches its heaviest rocket with 36 satellites");
    Cli.pollWithoutPublishing(config);
    remote = dir.resolve("remote.yml");
    Files.writeString(remote, Files.readString(config).replace(dir + "/data/herald", dir + "/elsewhere/herald"),
        StandardCharsets.UTF_8);
  }

  @AfterEach
  void tearDown() throws IOException {
    if (admin != null) admin.close();
    if (herald != null) herald.close();
    world.close();
  }

  @Test
  void statusThroughTheDaemonIsTheSameTextAndJson() throws IOException {
    Cli.Result direct = Cli.runOk("status", config);
    Cli.Result directJson = Cli.runOk("status", config, "--json", "--channel", "x-main");
    startDaemon();

    Cli.Result asked = Cli.runOk("status", remote);
    Cli.Result askedJson = Cli.runOk("status", remote, "--json", "--channel", "x-main");

    assertThat(withoutClock(asked.out())).isEqualTo(withoutClock(direct.out())).contains("queued");
    assertThat((Object) ((ObjectNode) askedJson.json()).without("generatedAt"))
        .isEqualTo(((ObjectNode) directJson.json()).without("generatedAt"));
    assertThat(askedJson.json().path("posts")).isNotEmpty();
  }

  @Test
  void theVerbsThroughTheDaemonKeepTheirMessagesAndExitCodes() throws IOException {
    long posted = post("x-main", "posted");
    long queued = post("mastodon-main", "queued");
    var directRetry = Cli.run("retry", config, String.valueOf(posted));
    var directMissing = Cli.run("skip", config, "987654");
    var directOffPlatform = Cli.run("resolve", config, String.valueOf(queued), "--posted", "https://mastodon.social/@j/1");
    startDaemon();

    var retry = Cli.run("retry", remote, String.valueOf(posted));
    var missing = Cli.run("skip", remote, "987654");
    var offPlatform = Cli.run("resolve", remote, String.valueOf(queued), "--posted", "https://mastodon.social/@j/1");
    var skip = Cli.run("skip", remote, String.valueOf(queued));
    var resolve = Cli.run("resolve", remote, String.valueOf(queued), "--posted", world.mastodon.baseUrl() + "/@j/1");

    assertThat(sameConfig(retry)).isEqualTo(directRetry);
    assertThat(retry.code()).isEqualTo(1);
    assertThat(sameConfig(missing)).isEqualTo(directMissing);
    assertThat(sameConfig(offPlatform)).isEqualTo(directOffPlatform);
    assertThat(offPlatform.code()).isEqualTo(2);
    assertThat(offPlatform.err()).contains("post #" + queued + " not resolved", "not on mastodon-main's platform");
    assertThat(skip.code()).isZero();
    assertThat(skip.out()).isEqualTo("post #" + queued + " skipped\n");
    assertThat(herald.store().posts().find(queued).orElseThrow().reason()).isEqualTo("skipped by hand");
    assertThat(resolve.code()).isEqualTo(1);
    assertThat(resolve.err()).contains("post #" + queued + " is skipped; resolve works on in_doubt, failed or queued posts");
  }

  @Test
  void aDaemonWithoutAdminServerIsNamedWithWhatToDo() throws IOException {
    new RunFile(ProcessHandle.current().pid(), null, null).write(dir.resolve("elsewhere/herald.run"));

    Cli.Result r = Cli.run("status", remote);

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("holds the store and its admin server is disabled", "admin.enabled: true");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("elsewhere/herald.run")))).isEqualTo("rw-------");
  }

  @Test
  void aRunFileLeftByACrashIsIgnored() throws IOException {
    new RunFile(Long.MAX_VALUE - 1, "http://127.0.0.1:9", CLI_TOKEN).write(dir.resolve("data/herald.run"));

    assertThat(Cli.runOk("status", config).out()).contains("x-main");
  }

  private void startDaemon() throws IOException {
    HeraldConfig cfg = ConfigLoader.load(config, Map.of()).config().orElseThrow();
    var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    herald = Herald.start(cfg, Clock.systemUTC(), registry);
    admin = AdminServer.start(cfg, herald, registry, CLI_TOKEN);
    new RunFile(ProcessHandle.current().pid(), admin.localUrl(cfg.admin().bind()), CLI_TOKEN)
        .write(dir.resolve("elsewhere/herald.run"));
  }

  private long post(String channel, String state) {
    for (var p : Cli.statusJson(config).path("posts")) {
      if (p.path("channel").asText().equals(channel) && p.path("state").asText().equals(state)) return p.path("id").asLong();
    }
    throw new AssertionError("no " + state + " post on " + channel);
  }

  /** The hints name the config in use (remote.yml here), otherwise the daemon's answer reads as the direct one. */
  private Cli.Result sameConfig(Cli.Result r) {
    return new Cli.Result(r.code(), r.out().replace(remote.toString(), config.toString()),
        r.err().replace(remote.toString(), config.toString()));
  }

  private static String withoutClock(String status) {
    return status.replaceFirst("Herald status at [^\n]*", "Herald status at …");
  }
}
