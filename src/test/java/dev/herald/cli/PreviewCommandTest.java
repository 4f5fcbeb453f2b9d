package dev.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.card.CardLayout;
import dev.herald.fake.FakeWorld;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code preview}: files a manager can open, for a feed or one article page, without posting or touching the store. */
class PreviewCommandTest {

  static final String ARTICLE_PAGE = "src/test/resources/source/article-page-missing-og-image.html";

  @TempDir Path dir;

  @Test
  void demoFeedWithTheShippedConfigGivesEveryChannelTextAndEveryCardLayoutPerArticle() throws IOException {
    boolean hadDataDir = Files.exists(Path.of("data"));
    Path out = dir.resolve("preview");

    Cli.Result r = Cli.run("preview", "--config", DemoConfig.SHIPPED.toString(), "--file", DemoConfig.DEMO_FEED.toString(),
        "--out", out.toString());

    assertThat(r.code()).as(r.all()).isZero();
    assertThat(r.out()).contains("5 article(s) previewed under " + out);
    List<Path> articles = children(out);
    assertThat(articles).hasSize(5);
    for (Path article : articles) assertCompletePreview(article, "preview");
    assertThat(articles.stream().map(PreviewCommandTest::articleText))
        .anySatisfy(text -> assertThat(text).contains("title: पूर्वोत्तर सीमांत रेलवे छुट्टियों के लिए चलाएगा 20 शीतकालीन विशेष ट्रेनें"));
    assertThat(Files.exists(Path.of("data"))).as("preview created the store's data dir").isEqualTo(hadDataDir);
  }

  @Test
  void theDemoFeedsPhotosBesideItMakeEveryLayoutAPhotoCard() throws IOException {
    Path out = dir.resolve("preview");

    Cli.Result r = Cli.run("preview", "--config", DemoConfig.SHIPPED.toString(), "--file", DemoConfig.DEMO_FEED.toString(),
        "--out", out.toString());

    assertThat(r.code()).as(r.all()).isZero();
    List<Path> withPhoto = children(out).stream().filter(a -> articleText(a).contains("image: file:")).toList();
    assertThat(withPhoto).hasSize(3)
        .anySatisfy(a -> assertThat(articleText(a)).contains("title: पूर्वोत्तर सीमांत रेलवे"));
    for (Path article : withPhoto) {
      try (Stream<Path> cards = Files.list(article)) {
        List<Path> layouts = cards.filter(f -> f.getFileName().toString().startsWith("card-")).toList();
        assertThat(layouts).hasSize(CardLayout.values().length);
        for (Path card : layouts) assertThat(DemoConfig.brandRedShare(Files.readAllBytes(card))).as(card.toString()).isLessThan(0.05);
      }
    }
  }

  @Test
  void previewTouchesNoStoreAndWritesNothingIntoThePreviewChannelsDir() {
    Path config = DemoConfig.copyInto(dir);

    Cli.Result r = Cli.run("preview", config, "--file", DemoConfig.DEMO_FEED.toString(), "--out", dir.resolve("preview").toString());

    assertThat(r.code()).as(r.all()).isZero();
    assertThat(dir.resolve("preview")).isDirectory();
    assertThat(dir.resolve("data")).doesNotExist();
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void anArticlePageGivesOneArticle() throws IOException {
    Path config = DemoConfig.copyInto(dir);
    Path out = dir.resolve("preview");

    Cli.Result r = Cli.run("preview", config, "--file", ARTICLE_PAGE, "--out", out.toString());

    assertThat(r.code()).as(r.all()).isZero();
    assertThat(r.out()).contains("1 article(s) previewed");
    List<Path> articles = children(out);
    assertThat(articles).hasSize(1);
    assertCompletePreview(articles.get(0), "preview");
    assertThat(articleText(articles.get(0))).contains("title: No og:image here", "image: null",
        "Blinken said this comes after President Joe Biden");
    assertThat(Files.readString(articles.get(0).resolve("preview.txt"))).contains("No og:image here");
  }

  @Test
  void aFeedUrlIsReadWithItsArticlePagesAndPhotosAndNothingIsPosted() throws IOException {
    try (var world = new FakeWorld(dir)) {
      Path config = world.config();
      Path out = dir.resolve("preview");

      Cli.Result r = Cli.run("preview", config, "--url", world.outlet.feedUrl(), "--out", out.toString(), "--limit", "2");

      assertThat(r.code()).as(r.all()).isZero();
      List<Path> articles = children(out);
      assertThat(articles).hasSize(2);
      for (Path article : articles) assertCompletePreview(article, "x-main", "telegram-main", "mastodon-main", "bluesky-main");
      assertThat(articleText(articles.get(0))).contains("title: " + FakeWorld.HINDI_HEADLINE, "/img/delhi-pollution.jpg",
          "officials said on Tuesday");
      assertThat(world.outlet.requests("GET", "/news/")).hasSize(2);
      assertThat(world.outlet.requests("GET", "/img/")).isNotEmpty();
      assertThat(world.x.requests()).isEmpty();
      assertThat(world.telegram.requests()).isEmpty();
      assertThat(world.mastodon.requests()).isEmpty();
      assertThat(world.bluesky.requests()).isEmpty();
      assertThat(dir.resolve("data")).doesNotExist();
    }
  }

  @Test
  void aMissingFileExitsOneWithAClearMessage() {
    Path config = DemoConfig.copyInto(dir);
    Path missing = dir.resolve("no-such-feed.xml");

    Cli.Result r = Cli.run("preview", config, "--file", missing.toString(), "--out", dir.resolve("preview").toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("cannot preview " + missing, "no such file");
    assertThat(dir.resolve("preview")).doesNotExist();
  }

  @Test
  void aFileThatIsNeitherAPageNorAFeedExitsOneWithAClearMessage() throws IOException {
    Path config = DemoConfig.copyInto(dir);
    Path empty = Files.writeString(dir.resolve("empty.xml"), "");
    for (Path input : List.of(Path.of("config/brand/logo.png"), empty, dir)) {
      Cli.Result r = Cli.run("preview", config, "--file", input.toString(), "--out", dir.resolve("preview").toString());

      assertThat(r.code()).as(input + ":\n" + r.all()).isEqualTo(1);
      assertThat(r.err()).as(input.toString()).contains("cannot preview " + input).doesNotContain("Exception");
    }
  }

  @Test
  void previewNeedsAFileOrAUrl() {
    Cli.Result r = Cli.run("preview", DemoConfig.copyInto(dir), "--out", dir.resolve("preview").toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--url", "--file");
  }

  static void assertCompletePreview(Path article, String... channels) throws IOException {
    for (String channel : channels) {
      assertThat(article.resolve(channel + ".txt")).isRegularFile();
      assertThat(Files.readString(article.resolve(channel + ".txt"), StandardCharsets.UTF_8)).contains("length: ", "link: ");
    }
    assertThat(article.resolve("article.txt")).isRegularFile();
    for (CardLayout layout : CardLayout.values()) {
      Path jpg = article.resolve("card-" + layout.configName() + ".jpg");
      Path png = article.resolve("card-" + layout.configName() + ".png");
      assertThat(Files.exists(jpg) ^ Files.exists(png)).as("%s has one card-%s image", article, layout.configName()).isTrue();
      BufferedImage image = ImageIO.read((Files.exists(jpg) ? jpg : png).toFile());
      assertThat(image).as("card-%s decodes", layout.configName()).isNotNull();
      assertThat(image.getWidth()).isEqualTo(layout.width);
      assertThat(image.getHeight()).isEqualTo(layout.height);
    }
  }

  static String articleText(Path article) {
    try {
      return Files.readString(article.resolve("article.txt"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static List<Path> children(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(Files::isDirectory).sorted().toList();
    }
  }

  @Test
  void theExampleConfigPreviewsEveryChannelWithoutItsCredentials() throws IOException {
    Path out = dir.resolve("preview");
    Path example = Path.of("config/jaanojunction.example.yml");
    assertThat(Cli.run("check", "--config", example.toString()).code()).as("the credentials really are absent here").isEqualTo(2);

    Cli.Result r = Cli.run("preview", "--config", example.toString(), "--file", DemoConfig.DEMO_FEED.toString(),
        "--out", out.toString());

    assertThat(r.code()).as(r.all()).isZero();
    assertThat(r.all()).doesNotContain("error:");
    List<Path> articles = children(out);
    assertThat(articles).hasSize(5);
    for (Path article : articles) assertCompletePreview(article, "x-main", "telegram-main");
  }
}
