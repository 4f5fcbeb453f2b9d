package dev.herald.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.source.Article;
import dev.herald.source.FeedException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hub's delivery is remote content: even for a local feed's topic, its image links never name a file. */
class WebSubDeliveryTest {

  @TempDir Path dir;

  private static byte[] feedWithImage(String image) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Outlet</title><link>https://news.example/</link>
          <item><title>Floods in Assam</title><link>https://news.example/india/floods</link>
            <guid>https://news.example/india/floods</guid>
            <enclosure url="%s" type="image/jpeg" length="1000"/></item>
        </channel></rss>
        """.formatted(image).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aDeliveryForALocalFeedsTopicDoesNotResolveImagesBesideTheFeed() throws FeedException {
    String topic = dir.resolve("feed.xml").toUri().toString();

    var relative = WebSub.delivered(feedWithImage("photos/x.jpg"), "application/rss+xml", topic);
    var absoluteFile = WebSub.delivered(feedWithImage(dir.resolve("photos/x.jpg").toUri().toString()), "application/rss+xml", topic);

    assertThat(relative).extracting(Article::imageUrl).singleElement().isEqualTo("https://news.example/india/photos/x.jpg");
    assertThat(absoluteFile).extracting(Article::imageUrl).singleElement()
        .satisfies(url -> assertThat(url == null || !url.startsWith("file:")).as("no file: image, got %s", url).isTrue());
  }

  @Test
  void aDeliveryForAWebTopicResolvesAgainstTheItemAsAPollWould() throws FeedException {
    var items = WebSub.delivered(feedWithImage("/img/floods.jpg"), "application/rss+xml", "https://news.example/feed.xml");
    assertThat(items).extracting(Article::imageUrl).containsExactly("https://news.example/img/floods.jpg");
  }
}
