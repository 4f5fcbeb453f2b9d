package dev.herald.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's first command reads config/demo/feed.xml: it must stay a good showcase. */
class DemoFeedTest {

  private static List<Article> demo() throws Exception {
    // as a poll reads it: the file's own URL is the base its relative photo links resolve against
    Path feed = Path.of("config/demo/feed.xml").toAbsolutePath();
    return FeedParser.parse(Files.readAllBytes(feed), "application/rss+xml", feed.toUri().toString());
  }

  @Test
  void hasFiveNovemberArticlesNewestFirstUnderTheOutletsSite() throws Exception {
    List<Article> items = demo();

    assertThat(items).hasSize(5).allSatisfy(a -> {
      assertThat(a.url()).startsWith("https://www.jaanojunction.com/");
      assertThat(a.publishedAt()).isBetween(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));
      assertThat(a.keywords()).isNotEmpty();
      assertThat(a.author()).isNotBlank();
      assertThat(a.body().split("\n\n").length).isGreaterThanOrEqualTo(4);
    });
    assertThat(items).isSortedAccordingTo((a, b) -> b.publishedAt().compareTo(a.publishedAt()));
  }

  @Test
  void includesHindiArticlesInDevanagari() throws Exception {
    List<Article> hindi = demo().stream().filter(a -> "hi".equals(a.language())).toList();

    assertThat(hindi).isNotEmpty();
    assertThat(hindi.get(0).title()).contains("दिल्ली");
    assertThat(hindi.get(0).body()).contains("वायु गुणवत्ता");
  }

  @Test
  void leadStoryIsTheExampleArticleWithItsBoilerplateForTheSummarizerToStrip() throws Exception {
    Article lead = demo().get(0);

    assertThat(lead.title()).isEqualTo("'US has evidence of China's interference in elections': Antony Blinken");
    assertThat(lead.language()).isEqualTo("en");
    assertThat(lead.body()).contains("Also Read", "Source: India Today", "Stay connected to Jaano Junction", "Related Stories");
  }

  @Test
  void threeStoriesIncludingAHindiOneCarryAPhotoFromTheFeedsOwnDirectory() throws Exception {
    Path photos = Path.of("config/demo/photos").toAbsolutePath();
    List<Article> withPhoto = demo().stream().filter(a -> a.imageUrl() != null).toList();

    assertThat(withPhoto).hasSize(3).anySatisfy(a -> assertThat(a.language()).isEqualTo("hi"));
    String sources = Files.readString(photos.resolve("SOURCES.md"));
    for (Article a : withPhoto) {
      Path file = Path.of(java.net.URI.create(a.imageUrl()));
      assertThat(file).startsWith(photos).isRegularFile();
      assertThat(Files.size(file)).as(file.toString()).isLessThanOrEqualTo(500_000);
      assertThat(sources).as("SOURCES.md names %s", file.getFileName()).contains("`" + file.getFileName() + "`");
      assertThat(dev.herald.card.Images.decode(Files.readAllBytes(file))).as(file.toString()).isPresent();
    }
    assertThat(demo().stream().filter(a -> a.imageUrl() == null)).isNotEmpty();
  }
}
