package dev.herald.bench;

import dev.herald.compose.ComposedPost;
import dev.herald.compose.Composer;
import dev.herald.compose.ExtractiveSummarizer;
import dev.herald.compose.Summary;
import dev.herald.compose.Platforms;
import dev.herald.compose.Templates;
import dev.herald.compose.TextRules;
import dev.herald.config.ChannelConfig;
import dev.herald.config.HashtagSettings;
import dev.herald.config.Outlet;
import dev.herald.config.Utm;
import dev.herald.source.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Target (DESIGN.md): summarize and compose one article for four platforms, median ≤ 5 ms. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ComposeBenchmark {

  private static final List<String> TYPES = List.of("x", "telegram", "mastodon", "bluesky");

  private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer();
  private final Composer composer = new Composer();
  private final Outlet outlet = new Outlet("Jaano Junction", "https://www.jaanojunction.com", "en",
      ZoneId.of("Asia/Kolkata"), "@jaanojunction", null);
  private final List<ChannelConfig> channels = new ArrayList<>();
  private final List<TextRules> rules = new ArrayList<>();
  private Article article;
  private long serial;

  @Setup
  public void setUp() throws IOException {
    String body;
    try (InputStream in = ComposeBenchmark.class.getResourceAsStream("/compose/jaanojunction-blinken-page.txt")) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    article = new Article("https://www.jaanojunction.com/world/us-has-evidence-of-chinas-interference-in-elections-antony-blinken",
        null, "main", "'US has evidence of China's interference in elections': Antony Blinken",
        "Secretary of State Blinken has asserted evidence of China's election interference.", body, null,
        Instant.parse("2024-04-27T06:30:00Z"), "World", List.of("Antony Blinken", "China", "US elections"), null, "en");
    for (String type : TYPES) {
      channels.add(new ChannelConfig(type, type, true, null, "landscape", Duration.ZERO, null, 0, Duration.ofHours(12),
          List.of(), new Utm(true, null, null, null), new HashtagSettings(3, Map.of(), List.of("JaanoJunction")), Map.of()));
      rules.add(Platforms.rules(type));
    }
  }

  @Benchmark
  public List<ComposedPost> summarizeAndComposeForFourPlatforms() {
    Summary summary = summarizer.summarize(article);
    var posts = new ArrayList<ComposedPost>(TYPES.size());
    for (int i = 0; i < TYPES.size(); i++) {
      posts.add(composer.compose(article, summary, channels.get(i), TYPES.get(i), rules.get(i),
          Platforms.template(TYPES.get(i)), outlet));
    }
    return posts;
  }

  /** Each call a story at a new URL, so X's per-word cache cannot know the link: a first compose. */
  @Benchmark
  public List<ComposedPost> summarizeAndComposeANewArticleForFourPlatforms() {
    var fresh = new Article(article.url() + "-" + (++serial), null, "main", article.title(), article.description(),
        article.body(), null, article.publishedAt(), article.section(), article.keywords(), null, "en");
    Summary summary = summarizer.summarize(fresh);
    var posts = new ArrayList<ComposedPost>(TYPES.size());
    for (int i = 0; i < TYPES.size(); i++) {
      posts.add(composer.compose(fresh, summary, channels.get(i), TYPES.get(i), rules.get(i),
          Platforms.template(TYPES.get(i)), outlet));
    }
    return posts;
  }

  @Benchmark
  public Summary summarizeOnly() {
    return summarizer.summarize(article);
  }
}
