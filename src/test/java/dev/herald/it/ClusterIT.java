package dev.herald.it;

import static dev.herald.it.Newsroom.isTelegramSend;
import static dev.herald.it.Newsroom.sendsBySlug;
import static dev.herald.it.Newsroom.slug;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.fake.FakeOutlet;
import dev.herald.fake.FakeTelegram;
import dev.herald.fake.Recorded;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code herald run} nodes in separate JVMs on one PostgreSQL, as a clustered deployment runs:
 * every article reaches the channel once, and when one node dies mid-run the other finishes the work.
 */
class ClusterIT {

  static final int ARTICLES = 200;
  static final Duration ALL_POSTED = Duration.ofMinutes(3);
  private static final Pattern NODE = Pattern.compile("node (\\w+), clustered");
  private static final AtomicInteger DATABASES = new AtomicInteger();
  static EmbeddedPostgres postgres;

  @TempDir Path dir;
  FakeOutlet outlet;
  FakeTelegram telegram;
  String database;
  Path config;

  @BeforeAll
  static void startPostgres() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    if (postgres != null) postgres.close();
  }

  @BeforeEach
  void setUp() throws SQLException {
    database = "herald_cluster_" + DATABASES.incrementAndGet();
    try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
      s.execute("CREATE DATABASE " + database);
    }
    outlet = new FakeOutlet();
    telegram = new FakeTelegram(Newsroom.TELEGRAM_TOKEN);
    Newsroom.publishItems(outlet, ARTICLES);
    config = Newsroom.writeConfig(dir, postgres.getJdbcUrl("postgres", database), """
        clustered: true
        publishEvery: 1s
        """, outlet, ARTICLES, Newsroom.telegram(telegram.baseUrl()));
  }

  @AfterEach
  void tearDown() throws IOException {
    outlet.close();
    telegram.close();
  }

  List<Recorded> sends() {
    return telegram.requests().stream().filter(Newsroom::isTelegramSend).toList();
  }

  Map<String, Integer> postStates() throws SQLException {
    var states = new HashMap<String, Integer>();
    try (Connection c = postgres.getDatabase("postgres", database).getConnection();
        var rs = c.createStatement().executeQuery("SELECT state, COUNT(*) FROM post GROUP BY state")) {
      while (rs.next()) states.put(rs.getString(1), rs.getInt(2));
    }
    return states;
  }

  String sendingNode() throws SQLException {
    try (Connection c = postgres.getDatabase("postgres", database).getConnection();
        var rs = c.createStatement().executeQuery("SELECT claimed_by FROM post WHERE state = 'sending'")) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  static String nodeId(HeraldProcess node) {
    var m = NODE.matcher(node.stderr());
    return m.find() ? m.group(1) : null;
  }

  @Test
  void twoNodesPostEveryArticleExactlyOnce() throws SQLException {
    long started = System.nanoTime();
    try (var a = HeraldProcess.start(dir, config, "run"); var b = HeraldProcess.start(dir, config, "run")) {
      // The nodes create the tables as they start: until then the query fails, and is asked again.
      await().atMost(ALL_POSTED).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
          .until(() -> postStates().getOrDefault("posted", 0) == ARTICLES);
      System.out.printf("ClusterIT: %d articles posted by two nodes in %d s%n", ARTICLES, seconds(started));
      assertThat(nodeId(a)).as("both nodes joined the cluster").isNotNull().isNotEqualTo(nodeId(b));
      assertThat(nodeId(b)).isNotNull();
      assertThat(a.stderr()).as("channels are spread: both nodes publish").contains("Posted #");
      assertThat(b.stderr()).contains("Posted #");
      a.terminate();
      b.terminate();
      assertThat(a.waitFor(60)).as(a.stderr()).isZero();
      assertThat(b.waitFor(60)).as(b.stderr()).isZero();
    }

    assertThat(sends()).hasSize(ARTICLES);
    assertThat(sendsBySlug(sends())).hasSize(ARTICLES).allSatisfy((slug, times) -> assertThat(times).isEqualTo(1L));
    assertThat(HeraldProcess.posts(HeraldProcess.status(dir, config)))
        .hasSize(ARTICLES).allSatisfy(p -> assertThat(p.path("state").asText()).isEqualTo("posted"));
  }

  @Test
  void whenOneNodeDiesTheOtherFinishesWithoutLosingOrRepeatingAPost() throws SQLException {
    var sendsSeen = new AtomicInteger();
    var hold = telegram.hold(r -> isTelegramSend(r) && sendsSeen.incrementAndGet() == 50);
    long started = System.nanoTime();
    try (var a = HeraldProcess.start(dir, config, "run"); var b = HeraldProcess.start(dir, config, "run")) {
      await().atMost(ALL_POSTED).until(hold::arrived);
      await().atMost(Duration.ofSeconds(10)).until(() -> sendingNode() != null && nodeId(a) != null && nodeId(b) != null);
      HeraldProcess sender = sendingNode().equals(nodeId(a)) ? a : b;
      HeraldProcess survivor = sender == a ? b : a;
      sender.kill();
      long killed = System.nanoTime();
      hold.release();
      String heldSlug = slug(hold.request());

      await().atMost(ALL_POSTED).pollInterval(Duration.ofMillis(500))
          .until(() -> postStates().getOrDefault("posted", 0) == ARTICLES - 1);
      long restPosted = seconds(killed);
      // The dead node's claim is flagged once its heartbeat is stale, long before the 5-minute claimTimeout.
      await().atMost(ALL_POSTED).pollInterval(Duration.ofMillis(500))
          .until(() -> postStates().getOrDefault("in_doubt", 0) == 1);
      long flagged = seconds(killed);
      System.out.printf("ClusterIT: node killed after 50 sends at %d s; the survivor posted the rest %d s later"
          + " and flagged the dead node's post in_doubt %d s after the kill%n",
          (killed - started) / 1_000_000_000, restPosted, flagged);
      assertThat(flagged).as("the dead node's post is found within 30 s of its death").isLessThanOrEqualTo(30);
      assertThat(restPosted).as("the survivor finishes the rest within 30 s").isLessThanOrEqualTo(30);
      survivor.terminate();
      assertThat(survivor.waitFor(60)).as(survivor.stderr()).isZero();

      assertThat(sendsBySlug(sends())).as("every article reached the platform, none twice")
          .hasSize(ARTICLES).allSatisfy((slug, times) -> assertThat(times).isEqualTo(1L));
      List<JsonNode> posts = HeraldProcess.posts(HeraldProcess.status(dir, config));
      assertThat(posts).hasSize(ARTICLES);
      assertThat(posts).filteredOn(p -> p.path("state").asText().equals("in_doubt")).singleElement().satisfies(p -> {
        assertThat(p.path("articleUrl").asText()).endsWith("/news/" + heldSlug);
        assertThat(p.path("reason").asText()).isNotBlank();
      });
      assertThat(posts).filteredOn(p -> p.path("state").asText().equals("posted")).hasSize(ARTICLES - 1);
      assertThat(survivor.stderr()).contains("Posted #");
    }
  }

  static long seconds(long sinceNanos) {
    return (System.nanoTime() - sinceNanos) / 1_000_000_000;
  }
}
