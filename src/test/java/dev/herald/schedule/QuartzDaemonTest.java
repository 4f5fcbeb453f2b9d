package dev.herald.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.herald.config.SchedulerSettings;
import dev.herald.config.StoreSettings;
import dev.herald.store.Database;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real Quartz JDBC job store on H2, driving a {@link Work} that only counts what it is asked to do. */
class QuartzDaemonTest {

  static final SchedulerSettings SETTINGS = new SchedulerSettings(false, 2, 5, Duration.ofSeconds(30),
      Duration.ofMinutes(10), Duration.ofSeconds(1), Duration.ofMinutes(5));

  @TempDir Path dir;
  Database database;
  final CountingWork work = new CountingWork();

  @BeforeEach
  void openStore() {
    database = Database.open(new StoreSettings("jdbc:h2:file:" + dir.resolve("herald"), null, null, 4));
  }

  @AfterEach
  void closeStore() {
    database.close();
  }

  QuartzDaemon daemon() {
    return new QuartzDaemon(database.dataSource(), false, SETTINGS, work);
  }

  @Test
  void firstPollOfEverySourceHappensPromptlyAfterStart() throws InterruptedException {
    try (var daemon = daemon()) {
      daemon.start(Map.of("main", Duration.ofMinutes(5), "hindi", Duration.ofMinutes(5)), Set.of("x-main"),
          SETTINGS.publishEvery(), false);
      assertThat(work.firstPolls.await(3, TimeUnit.SECONDS)).as("both sources polled within 3 s of start").isTrue();
    }
    assertThat(work.calls("poll", "main")).isEqualTo(1);
    assertThat(work.calls("poll", "hindi")).isEqualTo(1);
  }

  @Test
  void pollJobsRunPerSourceAndPublishJobsPerChannelOnTheirIntervals() {
    try (var daemon = daemon()) {
      daemon.start(Map.of("main", Duration.ofSeconds(1), "hindi", Duration.ofMinutes(10)),
          Set.of("x-main", "telegram-main"), SETTINGS.publishEvery(), false);
      await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
        assertThat(work.calls("poll", "main")).isGreaterThanOrEqualTo(3);
        assertThat(work.calls("publish", "x-main")).isGreaterThanOrEqualTo(3);
        assertThat(work.calls("publish", "telegram-main")).isGreaterThanOrEqualTo(3);
      });
    }
    assertThat(work.calls("poll", "hindi")).as("a 10-minute source runs once at start").isEqualTo(1);
    assertThat(work.calls("recover", "")).as("no recovery job on a single node").isZero();
  }

  @Test
  void jobsOfASourceRemovedFromConfigAreDeletedOnTheNextStart() throws SQLException {
    try (var daemon = daemon()) {
      daemon.start(Map.of("main", Duration.ofMinutes(5), "old-feed", Duration.ofMinutes(5)), Set.of("x-main", "old-channel"),
          SETTINGS.publishEvery(), false);
      await().atMost(Duration.ofSeconds(5)).until(() -> work.calls("poll", "old-feed") == 1);
    }
    assertThat(jobNames()).contains("poll-old-feed", "publish-old-channel");

    try (var daemon = daemon()) {
      daemon.start(Map.of("main", Duration.ofSeconds(1)), Set.of("x-main"), SETTINGS.publishEvery(), false);
      await().atMost(Duration.ofSeconds(10)).until(() -> work.calls("poll", "main") >= 3);
      assertThat(jobNames()).containsExactlyInAnyOrder("poll-main", "publish-x-main");
    }
    assertThat(work.calls("poll", "old-feed")).isEqualTo(1);
    assertThat(work.calls("publish", "old-channel")).isLessThanOrEqualTo(1);
  }

  @Test
  void aFailingJobIsLoggedAndRunsAgainOnItsNextTrigger() {
    work.failPolls = true;
    try (var daemon = daemon()) {
      daemon.start(Map.of("main", Duration.ofSeconds(1)), Set.of(), SETTINGS.publishEvery(), false);
      await().atMost(Duration.ofSeconds(10)).until(() -> work.calls("poll", "main") >= 2);
    }
  }

  @Test
  void aPollThatQueuedNewsRunsEveryPublishJobAtOnce() {
    try (var daemon = daemon()) {
      daemon.start(Map.of("main", Duration.ofSeconds(1)), Set.of("x-main", "telegram-main"), Duration.ofMinutes(10), false);
      await().atMost(Duration.ofSeconds(5)).until(() -> work.calls("publish", "x-main") == 1 && work.calls("poll", "main") >= 1);
      assertThat(work.calls("publish", "x-main")).as("quiet polls publish nothing extra").isEqualTo(1);

      work.newsOnNextPoll = true;

      await().atMost(Duration.ofSeconds(5)).until(() -> work.calls("publish", "x-main") == 2);
      await().atMost(Duration.ofSeconds(5)).until(() -> work.calls("publish", "telegram-main") == 2);
    }
  }

  List<String> jobNames() throws SQLException {
    try (var c = database.dataSource().getConnection();
        var rs = c.createStatement().executeQuery("SELECT JOB_NAME FROM QRTZ_JOB_DETAILS")) {
      var names = new ArrayList<String>();
      while (rs.next()) names.add(rs.getString(1));
      return names;
    }
  }

  static final class CountingWork implements Work {
    final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    final CountDownLatch firstPolls = new CountDownLatch(2);
    volatile boolean failPolls;
    volatile boolean newsOnNextPoll;

    int calls(String what, String id) {
      return counts.getOrDefault(what + ":" + id, new AtomicInteger()).get();
    }

    private void count(String what, String id) {
      counts.computeIfAbsent(what + ":" + id, k -> new AtomicInteger()).incrementAndGet();
    }

    @Override
    public boolean poll(String sourceId) {
      count("poll", sourceId);
      firstPolls.countDown();
      if (failPolls) throw new IllegalStateException("feed parser bug");
      boolean news = newsOnNextPoll;
      newsOnNextPoll = false;
      return news;
    }

    @Override
    public void publish(String channelId) {
      count("publish", channelId);
    }

    @Override
    public void recover() {
      count("recover", "");
    }
  }

  @Test
  void recoveryRunsOftenEnoughToFindADeadNodeWithinThirtySeconds() {
    assertThat(QuartzDaemon.RECOVERY_EVERY.plus(dev.herald.pipeline.NodeHeartbeat.DEAD_AFTER))
        .isLessThanOrEqualTo(java.time.Duration.ofSeconds(30));
  }
}
