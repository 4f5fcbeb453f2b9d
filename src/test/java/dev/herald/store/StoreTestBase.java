package dev.herald.store;

import dev.herald.config.StoreSettings;
import dev.herald.source.Article;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** A freshly migrated database per test, on each engine of {@link OnEveryEngine}. */
abstract class StoreTestBase {

  static final Instant T0 = Instant.parse("2026-11-27T06:30:00.123456Z");

  private final AtomicInteger articleNumber = new AtomicInteger();

  @TempDir Path tempDir;
  StoreSettings settings;
  Database db;
  Store store;

  @Parameter Engine engine;

  Engine engine() {
    return engine;
  }

  @BeforeEach
  void openDatabase() {
    settings = engine().freshDatabase(tempDir);
    db = Database.open(settings);
    store = new Store(db);
  }

  @AfterEach
  void closeDatabase() {
    if (db != null) db.close();
  }

  Article article(String url) {
    return new Article(url, null, "main", "Headline " + url, null, null, null, null, null, List.of(), null, "en");
  }

  long newArticle() {
    String url = "https://www.jaanojunction.com/news/story-" + articleNumber.incrementAndGet();
    return store.articles().insertIfNew(article(url), T0).orElseThrow();
  }

  long newPost(String channelId) {
    return newPost(channelId, 0, T0);
  }

  long newPost(String channelId, int priority, Instant createdAt) {
    var post = new NewPost(newArticle(), channelId, "text", "https://jaanojunction.com/x", "alt", "landscape", priority, null);
    return store.posts().enqueue(post, createdAt).orElseThrow();
  }

  PostState stateOf(long postId) {
    return store.posts().find(postId).orElseThrow().state();
  }
}
