package dev.herald.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts one real PostgreSQL for the whole test run (it takes seconds) and stops it when the run
 * ends; each test then gets its own fresh database inside it from {@link TestDatabases}.
 */
final class EmbeddedPostgresExtension implements BeforeAllCallback {

  private static volatile EmbeddedPostgres postgres;

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(EmbeddedPostgresExtension.class, key -> new Running(start()), Running.class);
  }

  static EmbeddedPostgres postgres() {
    if (postgres == null) throw new IllegalStateException("annotate the test with @ExtendWith(EmbeddedPostgresExtension.class)");
    return postgres;
  }

  private static EmbeddedPostgres start() {
    try {
      postgres = EmbeddedPostgres.builder().start();
      return postgres;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
    }
  }

  private record Running(EmbeddedPostgres postgres) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      postgres.close();
    }
  }
}
