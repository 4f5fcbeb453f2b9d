package dev.herald.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.fake.FakeOutlet;
import dev.herald.fake.FakeTelegram;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store is no network server: while {@code herald run} holds it, the process listens on
 * its admin port alone, its state is private to its user, and {@code status}, {@code retry},
 * {@code skip} and {@code resolve} still work because they ask the daemon instead of the file.
 */
@EnabledOnOs(OS.LINUX) // reads the process's sockets from /proc
class StoreStaysPrivateIT {

  static final int ITEMS = 3;

  @TempDir Path dir;
  FakeOutlet outlet;
  FakeTelegram telegram;

  @BeforeEach
  void setUp() {
    outlet = new FakeOutlet();
    telegram = new FakeTelegram(Newsroom.TELEGRAM_TOKEN);
    Newsroom.publishItems(outlet, ITEMS);
  }

  @AfterEach
  void tearDown() throws IOException {
    outlet.close();
    telegram.close();
  }

  @Test
  void whileRunHoldsTheStoreOnlyTheAdminPortListensAndTheCliAsksTheDaemon() throws Exception {
    Path config = Newsroom.writeConfig(dir, "jdbc:h2:file:./data/herald", "publishEvery: 1s", outlet, ITEMS,
        Newsroom.telegram(telegram.baseUrl()));
    Files.writeString(config, Files.readString(config).replace("admin:\n  enabled: false", "admin:\n  port: 0"));
    Path runFile = dir.resolve("data/herald.run");

    try (var run = HeraldProcess.start(dir, config, "run")) {
      await().atMost(Duration.ofSeconds(90)).until(() -> !run.alive() || Files.exists(runFile) && telegram.posts().size() == ITEMS);
      assertThat(run.alive()).as(run.stderr()).isTrue();

      JsonNode runInfo = new ObjectMapper().readTree(Files.readString(runFile));
      assertThat(runInfo.path("pid").asLong()).isEqualTo(run.pid());
      int adminPort = URI.create(runInfo.path("url").asText()).getPort();
      assertThat(runInfo.path("url").asText()).startsWith("http://127.0.0.1:");
      assertThat(listeningPorts(run.pid())).as("the only listener is the admin server").containsExactly(adminPort);
      assertThat(permissions(dir.resolve("data"))).isEqualTo("rwx------");
      assertThat(permissions(runFile)).isEqualTo("rw-------");
      try (Stream<Path> files = Files.list(dir.resolve("data"))) {
        for (Path f : files.toList()) assertThat(permissions(f)).as(f.toString()).startsWith("rw-------");
      }

      JsonNode status = HeraldProcess.status(dir, config);
      assertThat(HeraldProcess.posts(status)).hasSize(ITEMS).extracting(p -> p.path("state").asText()).containsOnly("posted");
      var text = HeraldProcess.run(dir, config, "status");
      assertThat(text.code()).as(text.stderr()).isZero();
      assertThat(text.stdout()).contains("Herald status at", "telegram-main", "posted " + ITEMS);

      String posted = HeraldProcess.posts(status).get(0).path("id").asText();
      var retry = HeraldProcess.run(dir, config, "retry", posted);
      assertThat(retry.code()).isEqualTo(1);
      assertThat(retry.stderr()).contains("post #" + posted + " is posted; retry works on failed, in_doubt or skipped posts");
      var skip = HeraldProcess.run(dir, config, "skip", "999999");
      assertThat(skip.code()).isEqualTo(1);
      assertThat(skip.stderr()).contains("there is no post #999999");
      assertThat(run.alive()).isTrue();

      run.terminate();
      assertThat(run.waitFor(60)).as(run.stderr()).isZero();
    }
    assertThat(runFile).as("a clean stop removes the run file").doesNotExist();
    assertThat(HeraldProcess.status(dir, config).path("posts")).hasSize(ITEMS);
  }

  private static String permissions(Path file) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
  }

  /** The TCP ports this process listens on: its socket inodes matched against /proc/net/tcp{,6} in state LISTEN. */
  static Set<Integer> listeningPorts(long pid) throws IOException {
    var inodes = new HashSet<String>();
    try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
      for (Path fd : fds.toList()) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:[")) inodes.add(target.substring(8, target.length() - 1));
        } catch (IOException gone) {
          // closed while listing
        }
      }
    }
    var ports = new TreeSet<Integer>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      Path file = Path.of(table);
      if (!Files.exists(file)) continue;
      for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII).subList(1, Files.readAllLines(file).size())) {
        String[] f = line.trim().split("\\s+");
        if (f[3].equals("0A") && inodes.contains(f[9])) ports.add(Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16));
      }
    }
    return ports;
  }
}
