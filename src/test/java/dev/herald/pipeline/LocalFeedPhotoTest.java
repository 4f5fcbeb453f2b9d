package dev.herald.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.card.CardLayout;
import dev.herald.card.CardRequest;
import dev.herald.card.Java2dCardRenderer;
import dev.herald.channel.HttpClients;
import dev.herald.compose.Composer;
import dev.herald.compose.ExtractiveSummarizer;
import dev.herald.config.Outlet;
import dev.herald.config.SourceConfig;
import dev.herald.source.Article;
import dev.herald.source.Fetcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A card's photo is read from disk only for an article of a configured local feed, and only from that feed's directory. */
class LocalFeedPhotoTest {

  private static final Outlet OUTLET = new Outlet("Jaano Junction", "https://www.jaanojunction.com", "en",
      ZoneId.of("Asia/Kolkata"), "@jaanojunction", null);

  @TempDir Path dir;
  private Path feed;
  private String photo;
  private String outside;
  private final List<CardRequest> requests = new ArrayList<>();
  private final Java2dCardRenderer renderer = new Java2dCardRenderer();

  @BeforeEach
  void files() throws Exception {
    feed = Files.writeString(Files.createDirectories(dir.resolve("demo")).resolve("feed.xml"), "<rss/>");
    byte[] jpeg = Files.readAllBytes(Path.of("config/demo/photos/arena-stage-street.jpg"));
    photo = Files.write(Files.createDirectories(dir.resolve("demo/photos")).resolve("street.jpg"), jpeg).toUri().toString();
    outside = Files.write(dir.resolve("outside.jpg"), jpeg).toUri().toString();
  }

  private ArticleComposer composer(List<SourceConfig> sources) {
    return new ArticleComposer(OUTLET, new ExtractiveSummarizer(), new Composer(), request -> {
      requests.add(request);
      return renderer.render(request);
    }, new Fetcher(HttpClients.shared()), sources);
  }

  private static SourceConfig source(String id, String url) {
    return new SourceConfig(id, url, true, Duration.ofMinutes(1), 5, false, List.of(), List.of());
  }

  private static Article article(String sourceId, String imageUrl) {
    return new Article("https://www.jaanojunction.com/guwahati/buses", "g", sourceId, "Guwahati to get 100 electric buses",
        null, null, imageUrl, null, null, List.of(), null, "en");
  }

  private boolean photoCard(ArticleComposer composer, Article article) {
    requests.clear();
    var cards = composer.renderCards(article, Map.of(CardLayout.LANDSCAPE, 5_000_000L));
    assertThat(cards).containsKey(CardLayout.LANDSCAPE);
    return requests.get(0).background() != null;
  }

  @Test
  void aConfiguredLocalFeedsPhotoBesideItIsTheCardsBackground() {
    var composer = composer(List.of(source("demo", feed.toString()), source("web", "https://www.jaanojunction.com/feed")));

    assertThat(photoCard(composer, article("demo", photo))).isTrue();
  }

  @Test
  void noOtherArticleMakesHeraldReadAFile() {
    var composer = composer(List.of(source("demo", feed.toString()), source("web", "https://www.jaanojunction.com/feed")));

    assertThat(photoCard(composer, article("web", photo))).as("a web feed's article").isFalse();
    assertThat(photoCard(composer, article(null, photo))).as("a pushed or previewed page").isFalse();
    assertThat(photoCard(composer, article("gone", photo))).as("a source no longer configured").isFalse();
    assertThat(photoCard(composer, article("demo", outside))).as("outside the feed's directory").isFalse();
    assertThat(photoCard(composer(List.of()), article("demo", photo))).as("no sources given").isFalse();
  }
}
