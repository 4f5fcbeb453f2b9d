package dev.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.fake.FakeWorld;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code status} and {@code status --json} after real runs against the fake outlet and platforms. */
class StatusCommandTest {

  static final List<String> CHANNELS = List.of("x-main", "telegram-main", "mastodon-main", "bluesky-main");

  @TempDir Path dir;
  FakeWorld world;
  Path config;

  @BeforeEach
  void setUp() {
    world = new FakeWorld(dir);
    config = world.config("  enabled: false\n", Map.of("x-main", "    minSpacing: 10m\n"));
  }

  @AfterEach
  void tearDown() throws IOException {
    world.close();
  }

  @Test
  void jsonListsEveryChannelWithCountsSlotAndQueue() {
    Cli.runOk("once", config);

    JsonNode status = Cli.statusJson(config);

    assertThat(ids(status.path("channels"), "id")).containsExactlyElementsOf(CHANNELS);
    assertThat(ids(status.path("channels"), "type")).containsExactly("x", "telegram", "mastodon", "bluesky");
    for (JsonNode channel : status.path("channels")) {
      assertThat(channel.path("counts").path("posted").asInt()).as(channel.path("id").asText()).isEqualTo(2);
      assertThat(channel.has("nextSlot")).isTrue();
      assertThat(channel.path("nextSlotNote").asText()).isEqualTo("queue empty");
      assertThat(channel.path("queue").isArray()).isTrue();
      assertThat(channel.path("queue")).isEmpty();
    }
  }

  @Test
  void jsonListsEveryPostWithItsArticleStateAndPlatformUrl() {
    Cli.runOk("once", config);

    JsonNode posts = Cli.statusJson(config).path("posts");

    assertThat(posts).hasSize(8);
    for (JsonNode post : posts) {
      assertThat(post.path("id").asLong()).isPositive();
      assertThat(post.path("channel").asText()).isIn(CHANNELS);
      assertThat(post.path("articleUrl").asText()).startsWith(world.outlet.baseUrl() + "/news/").doesNotContain("utm_");
      assertThat(post.path("headline").asText()).isNotBlank();
      assertThat(post.path("state").asText()).isEqualTo("posted");
      assertThat(post.has("reason")).isTrue();
      assertThat(post.path("platformUrl").asText()).startsWith("https://");
    }
    assertThat(ids(posts, "platformUrl")).anySatisfy(url -> assertThat(url).startsWith("https://t.me/jaanojunction/"))
        .anySatisfy(url -> assertThat(url).startsWith("https://bsky.app/profile/jaanojunction.bsky.social/post/"));
  }

  @Test
  void hindiHeadlineSurvivesIntoJsonAndText() {
    Cli.runOk("once", config);

    JsonNode posts = Cli.statusJson(config).path("posts");
    assertThat(ids(posts, "headline")).filteredOn(FakeWorld.HINDI_HEADLINE::equals).hasSize(4);
    assertThat(ids(posts, "articleUrl")).contains(world.outlet.baseUrl() + "/news/delhi-pollution");

    Cli.Result text = Cli.runOk("status", config);
    assertThat(text.out()).contains(FakeWorld.HINDI_HEADLINE);
  }

  @Test
  void textShowsChannelsCountsAndWherePostsWent() {
    Cli.runOk("once", config);

    String text = Cli.runOk("status", config).out();

    assertThat(text).contains("Sources", "Channels", "Recent");
    for (String channel : CHANNELS) assertThat(text).containsPattern(channel + " +\\w+ +posted 2");
    assertThat(text).contains("https://t.me/jaanojunction/", "https://mastodon.example/@jj/", "https://x.com/")
        .doesNotContain("Needs attention");
  }

  @Test
  void queuedPostOnASpacedChannelShowsItsNextSlot() {
    Cli.runOk("once", config);
    world.breakingNews("isro-launch", "ISRO launches its heaviest rocket with 36 satellites");
    Cli.pollWithoutPublishing(config);

    JsonNode status = Cli.statusJson(config);

    JsonNode x = status.path("channels").get(0);
    assertThat(x.path("queue")).hasSize(1);
    JsonNode queued = x.path("queue").get(0);
    assertThat(queued.path("state").asText()).isEqualTo("queued");
    assertThat(queued.path("headline").asText()).isEqualTo("ISRO launches its heaviest rocket with 36 satellites");
    assertThat(x.path("nextSlotNote").asText()).isEqualTo("next post #" + queued.path("id").asLong());
    Instant lastPosted = lastPostedOn(status.path("posts"), "x-main");
    Instant nextSlot = Instant.parse(x.path("nextSlot").asText());
    assertThat(Duration.between(lastPosted, nextSlot).toMillis()).isCloseTo(Duration.ofMinutes(10).toMillis(), within(2_000L));

    String text = Cli.runOk("status", config).out();
    assertThat(text).contains("(next post #" + queued.path("id").asLong() + ")",
        "#" + queued.path("id").asLong() + " ISRO launches its heaviest rocket");
  }

  @Test
  void channelOptionNarrowsTheReportToOneChannel() {
    Cli.runOk("once", config);

    JsonNode status = Cli.runOk("status", config, "--json", "--channel", "telegram-main").json();

    assertThat(ids(status.path("channels"), "id")).containsExactly("telegram-main");
    assertThat(ids(status.path("posts"), "channel")).hasSize(2).containsOnly("telegram-main");
  }

  static List<String> ids(JsonNode array, String field) {
    var values = new ArrayList<String>();
    array.forEach(node -> values.add(node.path(field).asText()));
    return values;
  }

  private static Instant lastPostedOn(JsonNode posts, String channel) {
    return StreamSupport.stream(posts.spliterator(), false)
        .filter(p -> p.path("channel").asText().equals(channel) && p.path("state").asText().equals("posted"))
        .map(p -> Instant.parse(p.path("updatedAt").asText())).max(Instant::compareTo).orElseThrow();
  }

  @Test
  void aCredentialExpiringWithinSevenDaysIsWarnedAboutInTextAndJson() {
    Instant now = Instant.now();
    var cfg = dev.herald.config.ConfigLoader.load(config, Map.of()).config().orElseThrow();
    try (var db = dev.herald.store.Database.open(cfg.store())) {
      var secrets = new dev.herald.store.Store(db).channelSecrets();
      secrets.put("telegram-main", "credential", "", false, now.plus(Duration.ofDays(5)).plusSeconds(600), now);
      secrets.put("mastodon-main", "credential", "", false, now.plus(Duration.ofDays(30)), now);
    }

    String text = Cli.runOk("status", config).out();
    JsonNode channels = Cli.statusJson(config).path("channels");

    assertThat(text).containsPattern("(?s)telegram-main.*WARNING: credential expires in 5 days \\(\\d{4}-\\d\\d-\\d\\d .+ UTC\\): renew the token")
        .doesNotContainPattern("(?s)mastodon-main[^\\n]*\\n[^\\n]*WARNING");
    assertThat(text.lines().filter(l -> l.contains("WARNING: credential")).count()).isEqualTo(1);
    for (JsonNode channel : channels) {
      String id = channel.path("id").asText();
      assertThat(channel.path("credentialWarning").isNull() || channel.path("credentialWarning").isMissingNode())
          .as(id).isEqualTo(!id.equals("telegram-main"));
    }
    JsonNode telegram = StreamSupport.stream(channels.spliterator(), false).filter(c -> c.path("id").asText().equals("telegram-main"))
        .findFirst().orElseThrow();
    assertThat(telegram.path("credentialWarning").asText()).startsWith("credential expires in 5 days");
    assertThat(telegram.path("credentialExpiresAt").asText()).isNotBlank();
  }
}
