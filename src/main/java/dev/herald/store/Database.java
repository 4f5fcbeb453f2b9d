package dev.herald.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.herald.config.Secrets;
import dev.herald.config.StoreSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * An open, migrated store: a HikariCP pool over H2 (embedded) or PostgreSQL (cluster). Open one per
 * process and close it on shutdown; it is safe to use from many threads.
 */
public final class Database implements AutoCloseable {

  /**
   * The newest migration bundled in this jar (SQL under {@code db/migration}, Java under
   * {@code db.migration}); {@code DatabaseMigrationVersionTest} fails when a newer one is added
   * without raising it.
   */
  static final int NEWEST_MIGRATION = 10;

  private static final int DEFAULT_POOL_SIZE = 5;
  // Flyway holds one connection for its history table while migrating on a second.
  private static final int MIN_POOL_SIZE = 2;

  private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password=)[^&;]*");
  private static final Pattern USERINFO_IN_URL = Pattern.compile("//([^/:@]+):[^/@]*@");

  private final HikariDataSource dataSource;
  private final boolean postgres;

  private Database(HikariDataSource dataSource, boolean postgres) {
    this.dataSource = dataSource;
    this.postgres = postgres;
  }

  /**
   * Connects and applies every pending Flyway migration; a store already at {@link #NEWEST_MIGRATION}
   * skips Flyway altogether (loading it costs about a second of start-up on a short command). For {@code jdbc:h2:file:} URLs it creates
   * the parent directory (0700) and makes the database files 0600; H2 opens no TCP server. Throws
   * {@link StoreException} (redacted) when the database is unreachable or a migration fails.
   */
  public static Database open(StoreSettings settings) {
    if (settings == null || settings.url() == null || settings.url().isBlank()) {
      throw new IllegalArgumentException("store.url is required");
    }
    boolean postgres = settings.isPostgres();
    HikariDataSource dataSource = connect(settings, postgres);
    try {
      if (!SchemaVersion.isCurrent(dataSource, NEWEST_MIGRATION)) migrate(dataSource, postgres);
    } catch (RuntimeException e) {
      dataSource.close();
      throw new StoreException("cannot migrate the store at " + withoutPassword(settings.url()), e);
    }
    if (!postgres) restrictH2Files(settings.url());
    return new Database(dataSource, postgres);
  }

  // Kept in its own method so Flyway's classes load only when a migration may be pending.
  private static void migrate(DataSource dataSource, boolean postgres) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration/common", "classpath:db/migration/" + (postgres ? "postgresql" : "h2"))
        .load()
        .migrate();
  }

  private static HikariDataSource connect(StoreSettings settings, boolean postgres) {
    var config = new HikariConfig();
    config.setPoolName("herald-store");
    config.setJdbcUrl(postgres ? settings.url() : H2Files.prepare(settings.url()));
    if (settings.user() != null) config.setUsername(settings.user());
    if (settings.password() != null) config.setPassword(settings.password());
    config.setMaximumPoolSize(settings.poolSize() > 0 ? Math.max(MIN_POOL_SIZE, settings.poolSize()) : DEFAULT_POOL_SIZE);
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StoreException("cannot connect to the store at " + withoutPassword(settings.url()), e);
    }
  }

  /**
   * The base path of an embedded H2 file store ({@code ./data/herald} → its absolute form); empty for
   * PostgreSQL, in-memory and H2 server URLs. Files beside it ({@code herald.run}) share its privacy.
   */
  public static Optional<Path> embeddedFile(StoreSettings settings) {
    return H2Files.databaseFile(settings.url());
  }

  // H2 creates its files with the process umask; the directory is 0700 already, the files follow.
  private static void restrictH2Files(String url) {
    H2Files.databaseFile(url).ifPresent(base -> {
      for (String suffix : List.of(".mv.db", ".trace.db", ".lock.db")) {
        try {
          PrivateFiles.restrict(Path.of(base + suffix));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot make " + base + suffix + " private", e);
        }
      }
    });
  }

  // A JDBC URL may carry a password the config loader never saw as a secret.
  static String withoutPassword(String url) {
    return PASSWORD_IN_URL.matcher(USERINFO_IN_URL.matcher(url).replaceAll("//$1:" + Secrets.MASK + "@"))
        .replaceAll("$1" + Secrets.MASK);
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public boolean isPostgres() {
    return postgres;
  }

  /**
   * Runs {@code work} in one transaction: commits when it returns, rolls back when it throws.
   * SQL errors surface as {@link StoreException}; other exceptions pass through unchanged.
   */
  public <T> T inTransaction(SqlFunction<Connection, T> work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.apply(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(connection, e);
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("store transaction failed", e);
    }
  }

  // A failed rollback must not hide the failure that caused it.
  private static void rollbackQuietly(Connection connection, Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /** Runs {@code work} on a pooled connection in auto-commit mode: for reads and single statements. */
  public <T> T withConnection(SqlFunction<Connection, T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.apply(connection);
    } catch (SQLException e) {
      throw new StoreException("store query failed", e);
    }
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
