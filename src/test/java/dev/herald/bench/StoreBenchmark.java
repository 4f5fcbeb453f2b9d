package dev.herald.bench;

import dev.herald.config.StoreSettings;
import dev.herald.source.Article;
import dev.herald.store.Database;
import dev.herald.store.NewPost;
import dev.herald.store.Post;
import dev.herald.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The store's share of "feed → posted": storing an article with its posts for four channels, then
 * claiming and marking one post posted, on the embedded H2 file database; and finding the next due
 * post in a 1,000-post queue.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StoreBenchmark {

  private static final List<String> CHANNELS = List.of("x-main", "telegram-main", "mastodon-main", "bluesky-main");
  private static final Instant NOW = Instant.parse("2026-11-27T06:30:00Z");

  private Path dir;
  private Database db;
  private Store store;
  private long next;

  @Setup(Level.Trial)
  public void open() throws IOException {
    dir = Files.createTempDirectory("herald-bench");
    db = Database.open(new StoreSettings("jdbc:h2:file:" + dir.resolve("data/herald"), null, null, 4));
    store = new Store(db);
    for (int i = 0; i < 1_000; i++) storeArticleWithPosts("backlog");
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    db.close();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  @Benchmark
  public long storeArticleWithPostsForFourChannels() {
    return storeArticleWithPosts("new");
  }

  @Benchmark
  public Optional<Post> nextDueInAThousandPostQueue() {
    return store.posts().nextDue("x-main", NOW);
  }

  @Benchmark
  public boolean claimAndMarkPosted() {
    long postId = storeArticleWithPosts("publish");
    store.posts().claim(postId, "bench", NOW);
    return store.posts().markPosted(postId, "1", "https://x.com/s/1", NOW);
  }

  private long storeArticleWithPosts(String prefix) {
    String url = "https://www.jaanojunction.com/" + prefix + "/" + next++;
    var article = new Article(url, null, "main", "नैनीताल के जंगलों में आग", "desc", "body", null, NOW, null,
        List.of("आग"), null, "hi");
    return db.inTransaction(c -> {
      long articleId = store.articles().insertIfNew(c, article, NOW).orElseThrow();
      long first = -1;
      for (String channel : CHANNELS) {
        var post = new NewPost(articleId, channel, "text " + url, url, "alt", "landscape", 0, null);
        long id = store.posts().enqueue(c, post, NOW).orElseThrow();
        if (first < 0) first = id;
      }
      return first;
    });
  }
}
