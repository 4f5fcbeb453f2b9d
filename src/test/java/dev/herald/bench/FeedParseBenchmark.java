package dev.herald.bench;

import dev.herald.source.Article;
import dev.herald.source.FeedParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Target: a 100-item RSS feed (full content:encoded, media:content) parses in a median ≤ 10 ms. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FeedParseBenchmark {

  private byte[] feed;

  @Setup
  public void load() throws IOException {
    try (InputStream in = FeedParseBenchmark.class.getResourceAsStream("/source/rss-100-items.xml")) {
      feed = in.readAllBytes();
    }
  }

  @Benchmark
  public List<Article> parseHundredItemRss() throws Exception {
    return FeedParser.parse(feed, "application/rss+xml; charset=utf-8", "https://www.jaanojunction.com/feed");
  }
}
