package dev.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.twitter.twittertext.TwitterTextParser;
import dev.herald.channel.instagram.InstagramTextRules;
import dev.herald.channel.linkedin.LinkedInTextRules;
import dev.herald.channel.threads.ThreadsTextRules;
import dev.herald.fake.FakeWorld;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo feed through the real {@code once} command to all eight platforms' fakes: each receives
 * the two backfilled stories, fitted to its own rules, and the Hindi headline arrives intact
 * everywhere. Instagram and Threads fetch the cards from Herald's own server at publicBaseUrl.
 */
class EveryPlatformOnceTest {

  @TempDir Path dir;
  FakeWorld world;
  Path config;

  @BeforeEach
  void setUp() throws IOException {
    world = new FakeWorld(dir);
    config = world.configWithEveryPlatform(freePort());
  }

  @AfterEach
  void tearDown() throws IOException {
    world.close();
  }

  static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void theDemoFeedReachesAllEightPlatformsWithTheHindiHeadlineIntact() {
    var run = Cli.run("once", "--config", config.toString());

    assertThat(run.code()).as(run.all()).isZero();
    List<List<String>> texts = List.of(world.x.tweets(), world.telegram.posts(), world.mastodon.statuses(),
        world.bluesky.records().stream().map(r -> r.path("record").path("text").asText()).toList(),
        world.facebook.posts(), world.instagram.texts(), world.threads.texts(), world.linkedin.commentaries());
    assertThat(texts).allSatisfy(posts -> {
      assertThat(posts).hasSize(2);
      assertThat(String.join("\n", posts)).contains(FakeWorld.HINDI_HEADLINE);
    });
  }

  @Test
  void eachNewPlatformGetsAPostShapedForIt() {
    var run = Cli.run("once", "--config", config.toString());
    assertThat(run.code()).as(run.all()).isZero();

    assertThat(world.facebook.photoPosts()).hasSize(2)
        .allSatisfy(r -> assertThat(r.fields().get("source")).startsWith("\u00FF\u00D8"));
    assertThat(world.facebook.posts()).allSatisfy(p -> assertThat(p).contains(world.outlet.baseUrl() + "/news/"));

    var instagramRules = new InstagramTextRules();
    assertThat(world.instagram.published()).hasSize(2).allSatisfy(p -> {
      assertThat(p.container().get("image_url")).startsWith("http://127.0.0.1:").contains("/cards/").endsWith(".jpg");
      // in the article's language: the fake world's feed has an English and a Hindi story
      assertThat(p.text()).containsAnyOf("Link in bio", "लिंक बायो में").doesNotContain("http");
      assertThat(instagramRules.fits(p.text())).isTrue();
    });

    var threadsRules = new ThreadsTextRules();
    assertThat(world.threads.published()).hasSize(2).allSatisfy(p -> {
      assertThat(p.container()).containsEntry("media_type", "IMAGE");
      assertThat(threadsRules.fits(p.text())).isTrue();
    });

    var linkedinRules = new LinkedInTextRules();
    assertThat(world.linkedin.posts()).hasSize(2).allSatisfy(p -> {
      assertThat(p.path("content").path("media").path("id").asText()).startsWith("urn:li:image:");
      String commentary = p.path("commentary").asText();
      assertThat(linkedinRules.fits(commentary)).isTrue();
      // Every reserved character is escaped, apart from LinkedIn's own hashtag markup.
      assertThat(commentary.replaceAll("\\{hashtag\\|\\\\#\\|[^}]*}", "").replaceAll("\\\\.", ""))
          .doesNotContainPattern("[|{}@\\[\\]()<>#\\\\*_~]");
    });
    for (String tweet : world.x.tweets()) assertThat(TwitterTextParser.parseTweet(tweet).weightedLength).isLessThanOrEqualTo(280);
  }

  @Test
  void statusNamesEachPlatformsOwnPostUrl() {
    assertThat(Cli.run("once", "--config", config.toString()).code()).isZero();

    var status = Cli.run("status", "--config", config.toString());

    assertThat(status.out()).contains("https://www.facebook.com/", "https://www.instagram.com/p/",
        "https://www.threads.net/@jaanojunction/post/", "https://www.linkedin.com/feed/update/urn:li:share:");
    FakeWorld.secrets().forEach((key, secret) -> assertThat(status.all()).as(key).doesNotContain(secret));
  }
}
