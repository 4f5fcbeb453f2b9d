package dev.herald.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.herald.config.ConfigLoader;
import dev.herald.config.StoreSettings;
import dev.herald.pipeline.Herald;
import dev.herald.source.Article;
import dev.herald.source.FeedSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feed of 100,000 items once took hours to poll: one "already known?" query per item, and each
 * scanned the whole table on H2. Now the lookups are batched on the unique indexes and a poll takes at
 * most {@link FeedSource#MAX_ITEMS_PER_POLL} items. The time bounds are hang guards, not benchmarks.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class FirstPollAtScaleTest {

  static final int ITEMS = 100_000;

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

    @TempDir Path dir;

    abstract Engine engine();

    @Test
    void theFirstPollOfAHundredThousandItemFeedFinishesInSeconds() throws Exception {
      StoreSettings settings = engine().freshDatabase(dir);
      Path feed = dir.resolve("feed.xml");
      Files.writeString(feed, rss(ITEMS));
      var config = ConfigLoader.parse("""
          outlet: {name: Jaano Junction, url: "https://www.jaanojunction.com"}
          store: {url: "%s", user: "%s", password: "%s"}
          admin: {enabled: false}
          sources:
            - {id: main, url: "%s", extract: false}
          channels: []
          """.formatted(settings.url(), nullToEmpty(settings.user()), nullToEmpty(settings.password()), feed),
          Map.of(), dev.herald.channel.ChannelProviders.catalog()).config().orElseThrow();

      try (var herald = Herald.start(config, Clock.systemUTC(), new SimpleMeterRegistry())) {
        long started = System.nanoTime();
        var outcome = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> herald.poller().poll(config.sources().get(0)));

        System.out.printf("%s: first poll of %d items in %d ms%n", engine(), ITEMS, (System.nanoTime() - started) / 1_000_000);
        assertThat(outcome.ok()).as(String.valueOf(outcome.error())).isTrue();
        assertThat(outcome.seen()).isEqualTo(FeedSource.MAX_ITEMS_PER_POLL);
        assertThat(outcome.queued()).isZero();
        assertThat(herald.store().sources().get("main").primed()).isTrue();
      }
    }

    @Test
    void knownArticlesAmongAHundredThousandAreFoundWithBatchedIndexedLookups() throws Exception {
      StoreSettings settings = engine().freshDatabase(dir);
      try (var db = Database.open(settings)) {
        var store = new Store(db);
        db.inTransaction(c -> insertArticles(c, ITEMS));
        var items = new ArrayList<Article>();
        for (int i = 0; i < ITEMS; i += 2) items.add(item(i, "g" + i));            // stored: known by URL
        for (int i = ITEMS; i < ITEMS + 1000; i++) items.add(item(i, "g" + 2 * (i - ITEMS))); // new URL, known GUID
        for (int i = ITEMS + 1000; i < ITEMS + 2000; i++) items.add(item(i, "new-" + i)); // new

        long started = System.nanoTime();
        var known = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> store.articles().knownAmong(items, "main"));
        System.out.printf("%s: %d lookups in %d ms%n", engine(), items.size(), (System.nanoTime() - started) / 1_000_000);

        assertThat(known.size()).isEqualTo(ITEMS / 2 + 1000);
        assertThat(known).noneMatch(a -> a.guid().startsWith("new-"));
        assertThat(store.articles().known("https://www.jaanojunction.com/n/7", null, "main")).isFalse();
        assertThat(store.articles().known("https://elsewhere.example/x", "g8", "main")).as("by guid").isTrue();
      }
    }

    private static Article item(int n, String guid) {
      return new Article("https://www.jaanojunction.com/n/" + n, guid, "main", "Story " + n, null, null, null, null,
          null, List.of(), null, "en");
    }

    private static Void insertArticles(Connection c, int n) throws SQLException {
      var at = OffsetDateTime.of(2026, 11, 27, 6, 0, 0, 0, ZoneOffset.UTC);
      try (PreparedStatement insert = c.prepareStatement(
          "INSERT INTO article (url, guid, source_id, title, first_seen_at) VALUES (?, ?, 'main', ?, ?)")) {
        for (int i = 0; i < n; i++) {
          // every other article is stored, so half of the looked-up URLs are new
          if (i % 2 == 1) continue;
          insert.setString(1, "https://www.jaanojunction.com/n/" + i);
          insert.setString(2, "g" + i);
          insert.setString(3, "Story " + i);
          insert.setObject(4, at);
          insert.addBatch();
          if (i % 5000 == 0) insert.executeBatch();
        }
        insert.executeBatch();
      }
      return null;
    }

    private static String rss(int n) {
      // Undated items keep feed order (newest first); the whole feed stays under the 10 MB cap.
      var b = new StringBuilder(n * 80).append("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Big</title>");
      for (int i = n - 1; i >= 0; i--) {
        b.append("<item><title>Story ").append(i).append("</title><link>https://www.jaanojunction.com/n/").append(i)
            .append("</link></item>\n");
      }
      return b.append("</channel></rss>").toString();
    }

    private static String nullToEmpty(String s) {
      return s == null ? "" : s;
    }
  }
}
