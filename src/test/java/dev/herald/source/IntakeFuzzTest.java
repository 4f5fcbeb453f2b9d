package dev.herald.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole intake path under arbitrary bytes. In a normal build Jazzer replays the seeds under
 * {@code src/test/resources/dev/herald/source/IntakeFuzzTestInputs/}; {@code mvn -Pfuzz test
 * -Dtest=IntakeFuzzTest} fuzzes each target for {@code jazzer.max_duration}. Properties: the only
 * failure is the documented clean one, every output string is free of control and bidi characters,
 * and each input is handled in bounded time.
 */
class IntakeFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void feedBytesBecomeCleanArticlesOrAFeedException(byte[] bytes) {
    long started = System.nanoTime();
    try {
      for (Article article : FeedParser.parse(bytes, null, "https://www.jaanojunction.com/feed")) assertClean(article);
    } catch (FeedException documented) {
      assertThat(documented.getMessage()).isNotBlank();
    }
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
  }

  @FuzzTest(maxDuration = "60s")
  void pageBytesBecomeACleanArticleOrACleanRefusal(byte[] bytes) {
    long started = System.nanoTime();
    try {
      Article article = ArticleExtractor.read("https://www.jaanojunction.com/news/x", bytes, "text/html",
          Deadline.in(ArticleExtractor.DEFAULT_BUDGET));
      assertClean(article);
    } catch (Deadline.Exceeded | IllegalArgumentException documented) {
      // over the time budget or nested past the depth cap: the feed's text is used instead
    }
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
  }

  private static void assertClean(Article article) {
    var texts = new ArrayList<String>(List.of());
    for (String s : new String[] {article.title(), article.description(), article.body(), article.section(),
        article.author(), article.language()}) {
      if (s != null) texts.add(s);
    }
    texts.addAll(article.keywords());
    for (String text : texts) assertThat(SafeText.isClean(text)).as(text).isTrue();
  }
}
