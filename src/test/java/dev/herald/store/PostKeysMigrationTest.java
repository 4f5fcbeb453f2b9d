package dev.herald.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.config.StoreSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** V4 on a store written before it: posted rows keep their keys, every post that may still go out gets fresh random ones. */
@ExtendWith(EmbeddedPostgresExtension.class)
class PostKeysMigrationTest {

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

  abstract static class Contract {

    static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 11, 20, 8, 0, 0, 0, ZoneOffset.UTC);

    @TempDir Path tempDir;

    abstract Engine engine();

    @Test
    void postedRowsKeepTheirKeysAndUnsentRowsGetFreshRandomOnes() throws SQLException {
      StoreSettings settings = engine().freshDatabase(tempDir);
      Flyway.configure().dataSource(settings.url(), settings.user(), settings.password())
          .locations("classpath:db/migration/common", "classpath:db/migration/" + (settings.isPostgres() ? "postgresql" : "h2"))
          .target("3").load().migrate();
      try (Connection c = DriverManager.getConnection(settings.url(), settings.user(), settings.password())) {
        Jdbc.update(c, """
            INSERT INTO article (id, url, source_id, title, first_seen_at) VALUES (1, 'https://j.com/a', 'main', 'A', ?)
            """, CREATED.toInstant());
        int id = 0;
        for (String state : new String[] {"posted", "queued", "in_doubt", "failed", "sending", "skipped"}) {
          Jdbc.update(c, """
              INSERT INTO post (id, article_id, channel_id, state, text, not_before, created_at, updated_at, idempotency_key)
              VALUES (?, 1, ?, ?, 'text', ?, ?, ?, ?)
              """, ++id, "channel-" + state, state, CREATED.toInstant(), CREATED.toInstant(), CREATED.toInstant(),
              "herald-old-key-" + state);
        }
      }

      try (Database db = Database.open(settings)) {
        Map<String, Post> byState = new Store(db).posts().recent(null, java.util.Set.of(), 10).stream()
            .collect(Collectors.toMap(p -> p.state().dbName(), p -> p));

        assertThat(byState.get("posted").idempotencyKey()).isEqualTo("herald-old-key-posted");
        assertThat(byState.get("posted").recordKey()).isNull();
        for (String state : new String[] {"queued", "in_doubt", "failed", "sending", "skipped"}) {
          Post post = byState.get(state);
          assertThat(post.idempotencyKey()).as(state).doesNotStartWith("herald-old-key")
              .matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
          assertThat(java.util.UUID.fromString(post.idempotencyKey()).getMostSignificantBits() >>> 16)
              .isEqualTo(CREATED.toInstant().toEpochMilli());
          assertThat(post.recordKey()).as(state).matches("[2-7a-j][2-7a-z]{12}");
        }
        assertThat(byState.values().stream().map(Post::idempotencyKey).distinct()).hasSize(6);
      }
    }
  }

}
