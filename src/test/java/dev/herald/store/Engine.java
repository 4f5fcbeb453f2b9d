package dev.herald.store;

import dev.herald.config.StoreSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** The two databases every store test runs on; each call gives a fresh, empty database. */
enum Engine {
  H2 {
    @Override
    StoreSettings freshDatabase(Path tempDir) {
      return new StoreSettings("jdbc:h2:file:" + tempDir.resolve("data/herald" + NEXT.incrementAndGet()), null, null, 4);
    }
  },
  POSTGRES {
    @Override
    StoreSettings freshDatabase(Path tempDir) {
      String name = "herald_" + NEXT.incrementAndGet();
      var postgres = EmbeddedPostgresExtension.postgres();
      try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + name);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      return new StoreSettings(postgres.getJdbcUrl("postgres", name), "postgres", "postgres", 4);
    }
  };

  private static final AtomicInteger NEXT = new AtomicInteger();

  abstract StoreSettings freshDatabase(Path tempDir);
}
