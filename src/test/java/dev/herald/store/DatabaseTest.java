package dev.herald.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.herald.config.Secrets;
import dev.herald.config.StoreSettings;
import dev.herald.source.Article;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

@ExtendWith(EmbeddedPostgresExtension.class)
class DatabaseTest {

  @Nested
  class OnH2 extends Contract {
    @Override
    Engine engine() {
      return Engine.H2;
    }
  }

  @Nested
  class OnPostgres extends Contract {
    @Override
    Engine engine() {
      return Engine.POSTGRES;
    }
  }

  abstract static class Contract extends StoreTestBase {

    @Test
    void migrationsCreateEveryHeraldTableAndQuartzTables() throws SQLException {
      var tables = db.withConnection(Contract::tableNames);

      assertThat(tables).contains("ARTICLE", "POST", "POST_EVENT", "CARD", "SOURCE_STATE", "CHANNEL_STATE",
          "QRTZ_JOB_DETAILS", "QRTZ_TRIGGERS", "QRTZ_SIMPLE_TRIGGERS", "QRTZ_CRON_TRIGGERS", "QRTZ_FIRED_TRIGGERS",
          "QRTZ_LOCKS", "QRTZ_SCHEDULER_STATE", "QRTZ_CALENDARS", "QRTZ_BLOB_TRIGGERS", "QRTZ_SIMPROP_TRIGGERS",
          "QRTZ_PAUSED_TRIGGER_GRPS");
      assertThat(db.isPostgres()).isEqualTo(engine() == Engine.POSTGRES);
    }

    @Test
    void aStoreAtTheNewestBundledMigrationIsRecognisedAsCurrentFromItsHistoryTable() {
      assertThat(SchemaVersion.isCurrent(db.dataSource(), Database.NEWEST_MIGRATION)).isTrue();
      assertThat(SchemaVersion.isCurrent(db.dataSource(), Database.NEWEST_MIGRATION + 1)).isFalse();
    }

    @Test
    void aFailedMigrationInTheHistoryMakesTheStoreNotCurrentSoFlywayDecides() {
      db.withConnection(c -> c.createStatement().executeUpdate(
          "update \"flyway_schema_history\" set \"success\" = false where \"version\" = '1'"));

      assertThat(SchemaVersion.isCurrent(db.dataSource(), Database.NEWEST_MIGRATION)).isFalse();
    }

    @Test
    void aStoreBehindTheNewestMigrationIsStillMigratedOnOpen() throws SQLException {
      var older = engine().freshDatabase(tempDir);
      try (var pool = Database.open(older)) {
        pool.withConnection(c -> c.createStatement().executeUpdate("drop table channel_turn"));
        pool.withConnection(c -> c.createStatement().executeUpdate(
            "delete from \"flyway_schema_history\" where \"version\" = '" + Database.NEWEST_MIGRATION + "'"));
        assertThat(SchemaVersion.isCurrent(pool.dataSource(), Database.NEWEST_MIGRATION)).isFalse();
      }

      try (var reopened = Database.open(older)) {
        assertThat(reopened.withConnection(Contract::tableNames)).contains("CHANNEL_TURN");
        assertThat(SchemaVersion.isCurrent(reopened.dataSource(), Database.NEWEST_MIGRATION)).isTrue();
      }
    }

    @Test
    void aFreshDatabaseHasNoHistoryAndIsNotCurrent() {
      var fresh = engine().freshDatabase(tempDir);
      var h2OrPg = new com.zaxxer.hikari.HikariDataSource();
      h2OrPg.setJdbcUrl(fresh.url());
      if (fresh.user() != null) h2OrPg.setUsername(fresh.user());
      if (fresh.password() != null) h2OrPg.setPassword(fresh.password());
      try (h2OrPg) {
        assertThat(SchemaVersion.isCurrent(h2OrPg, Database.NEWEST_MIGRATION)).isFalse();
      }
    }

    @Test
    void reopeningAMigratedDatabaseKeepsItsData() {
      long article = newArticle();
      db.close();

      db = Database.open(settings);

      assertThat(new Store(db).articles().find(article)).isPresent();
    }

    @Test
    void quartzJdbcJobStorePersistsJobsInTheMigratedTables() throws Exception {
      String name = "herald-" + engine().name().toLowerCase(Locale.ROOT);
      DBConnectionManager.getInstance().addConnectionProvider(name, new PoolProvider(db));
      var properties = new Properties();
      properties.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, name + System.nanoTime());
      properties.setProperty("org.quartz.threadPool.threadCount", "1");
      properties.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
      properties.setProperty("org.quartz.jobStore.driverDelegateClass", db.isPostgres()
          ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate" : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
      properties.setProperty("org.quartz.jobStore.dataSource", name);
      properties.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
      Scheduler scheduler = new StdSchedulerFactory(properties).getScheduler();
      try {
        scheduler.scheduleJob(
            JobBuilder.newJob(NoOpJob.class).withIdentity("poll-main").usingJobData("source", "मुख्य").build(),
            TriggerBuilder.newTrigger().withIdentity("poll-main").startAt(new Date(4_102_444_800_000L))
                .withSchedule(SimpleScheduleBuilder.repeatMinutelyForever(2)).build());

        assertThat(scheduler.getJobDetail(JobKey.jobKey("poll-main")).getJobDataMap().getString("source"))
            .isEqualTo("मुख्य");
        Optional<Integer> triggers =
            db.withConnection(c -> Jdbc.first(c, "SELECT COUNT(*) FROM QRTZ_TRIGGERS", r -> r.getInt(1)));
        assertThat(triggers).contains(1);
      } finally {
        scheduler.shutdown();
      }
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
      assertThatThrownBy(() -> db.inTransaction(c -> {
        store.articles().insertIfNew(c, article("https://www.jaanojunction.com/rolled-back"), T0);
        throw new IllegalStateException("compose failed");
      })).isInstanceOf(IllegalStateException.class);

      assertThat(store.articles().known("https://www.jaanojunction.com/rolled-back", null, "main")).isFalse();
    }

    private static TreeSet<String> tableNames(Connection c) throws SQLException {
      var names = new TreeSet<String>();
      DatabaseMetaData meta = c.getMetaData();
      try (ResultSet tables = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
        while (tables.next()) names.add(tables.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
      }
      return names;
    }
  }

  public static final class NoOpJob implements Job {
    @Override
    public void execute(JobExecutionContext context) {}
  }

  private record PoolProvider(Database db) implements ConnectionProvider {
    @Override
    public Connection getConnection() throws SQLException {
      return db.dataSource().getConnection();
    }

    @Override
    public void shutdown() {}

    @Override
    public void initialize() {}
  }

  @Test
  void h2FileUrlGetsAPrivateDirectoryCommitsWithoutDelayAndNoTcpServer(@TempDir Path dir) throws Exception {
    String url = H2Files.prepare("jdbc:h2:file:" + dir.resolve("nested/data/herald"));

    assertThat(url).isEqualTo("jdbc:h2:async:" + dir.resolve("nested/data/herald") + ";WRITE_DELAY=0");
    assertThat(Files.isDirectory(dir.resolve("nested/data"))).isTrue();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("nested/data")))).isEqualTo("rwx------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("nested")))).isEqualTo("rwx------");
  }

  @Test
  void h2UrlKeepsExplicitOptionsAndMakesRelativePathsExplicit(@TempDir Path dir) {
    assertThat(H2Files.prepare("jdbc:h2:file:" + dir + "/herald;MODE=Regular;WRITE_DELAY=100"))
        .isEqualTo("jdbc:h2:async:" + dir + "/herald;MODE=Regular;WRITE_DELAY=100");
    assertThat(H2Files.prepare("jdbc:h2:file:target/store-test/herald"))
        .isEqualTo("jdbc:h2:async:./target/store-test/herald;WRITE_DELAY=0");
    assertThat(H2Files.prepare("jdbc:h2:mem:test")).isEqualTo("jdbc:h2:mem:test");
  }

  @Test
  void theStoreFilesAreReadableByTheirOwnerAlone(@TempDir Path dir) throws Exception {
    var settings = new StoreSettings("jdbc:h2:file:" + dir.resolve("data/herald"), null, null, 2);
    try (var db = Database.open(settings)) {
      try (var files = Files.list(dir.resolve("data"))) {
        var herald = files.filter(f -> f.getFileName().toString().startsWith("herald.")).toList();
        assertThat(herald).extracting(f -> f.getFileName().toString()).contains("herald.mv.db");
        for (Path f : herald) assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as(f.toString()).isEqualTo("rw-------");
      }
      assertThat(Database.embeddedFile(settings)).contains(dir.resolve("data/herald"));
    }
  }

  @Test
  void aSecondProcessCannotOpenTheFileWhileItIsHeldBecauseNoServerIsOffered(@TempDir Path dir) throws Exception {
    var settings = new StoreSettings("jdbc:h2:file:" + dir.resolve("data/herald"), null, null, 2);
    try (var running = Database.open(settings)) {
      long id = new Store(running).articles()
          .insertIfNew(new Article("https://j.com/a", null, "main", "शीर्षक", null, null, null,
              null, null, List.of(), null, "hi"), StoreTestBase.T0).orElseThrow();
      var javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      var process = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
          ReadTitle.class.getName(), settings.url(), Long.toString(id)).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor()).as(output).isNotZero();
      assertThat(output).doesNotContain("title=").contains("already in use");
      assertThat(dir.resolve("data/herald.lock.db")).doesNotExist();
    }
  }

  /** A second process, like {@code herald status} next to {@code herald run}. */
  public static final class ReadTitle {
    public static void main(String[] args) {
      try (var db = Database.open(new StoreSettings(args[0], null, null, 1))) {
        var article = new Store(db).articles().find(Long.parseLong(args[1])).orElseThrow();
        System.out.println("title=" + article.article().title());
      }
    }
  }

  @Test
  void passwordsInJdbcUrlsAreMaskedEvenWhenNotRegisteredAsSecrets() {
    assertThat(Database.withoutPassword("jdbc:postgresql://db:5432/herald?user=herald&password=pa55&ssl=true"))
        .isEqualTo("jdbc:postgresql://db:5432/herald?user=herald&password=***&ssl=true");
    assertThat(Database.withoutPassword("jdbc:postgresql://herald:pa55@db/herald"))
        .isEqualTo("jdbc:postgresql://herald:***@db/herald");
    assertThat(Database.withoutPassword("jdbc:h2:file:./data/herald;PASSWORD=pa55;AUTO_SERVER=TRUE"))
        .isEqualTo("jdbc:h2:file:./data/herald;PASSWORD=***;AUTO_SERVER=TRUE");
  }

  @Test
  void unreachableDatabaseFailsWithARedactedMessage() {
    Secrets.register("hunter2-password");
    var settings = new StoreSettings("jdbc:postgresql://127.0.0.1:1/herald?password=never-registered-pw",
        "herald", "hunter2-password", 1);

    assertThatThrownBy(() -> Database.open(settings))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot connect to the store")
        .hasMessageNotContaining("hunter2-password")
        .hasMessageNotContaining("never-registered-pw");
  }
}
