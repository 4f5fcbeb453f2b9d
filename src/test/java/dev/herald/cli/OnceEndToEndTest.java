package dev.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.twitter.twittertext.TwitterTextParser;
import dev.herald.fake.FakeBluesky;
import dev.herald.fake.FakeMastodon;
import dev.herald.fake.FakeOutlet;
import dev.herald.fake.FakeTelegram;
import dev.herald.fake.FakeX;
import dev.herald.fake.OAuth1;
import dev.herald.fake.Recorded;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path through the {@code once} command: the outlet's feed on a fake site becomes posts on
 * fake X, Telegram, Mastodon and Bluesky APIs that answer like the real ones.
 */
class OnceEndToEndTest {

  static final String TELEGRAM_TOKEN = "123456789:FAKE_test_token_not_real_aaaaaaaaaaa";
  static final String HINDI_HEADLINE = "दिल्ली में वायु प्रदूषण पर सुप्रीम कोर्ट सख़्त, सरकार से जवाब तलब";
  static final String LONG_HEADLINE = ("Monsoon session ends with record sittings as Parliament clears the data protection, "
      + "forest conservation & <cinematograph> amendment bills amid opposition walkouts over Manipur, "
      + "while ministers promise \"sweeping\" reforms to the criminal code in the winter session 🇮🇳 ").repeat(2).strip();

  @TempDir Path dir;
  FakeOutlet outlet;
  FakeX x;
  FakeTelegram telegram;
  FakeMastodon mastodon;
  FakeBluesky bluesky;
  Path config;

  @BeforeEach
  void setUp() throws IOException {
    outlet = new FakeOutlet();
    x = new FakeX();
    telegram = new FakeTelegram(TELEGRAM_TOKEN);
    mastodon = new FakeMastodon();
    bluesky = new FakeBluesky();
    Instant now = Instant.now();
    outlet.publish(item("blinken-china", "'US has evidence of China's interference in elections': Antony Blinken", "World", now.minus(Duration.ofMinutes(50))));
    outlet.publish(item("uttarakhand-fire", "Forest fire in Uttarakhand spreads to Nainital, Army deployed", "India", now.minus(Duration.ofMinutes(40))));
    outlet.publish(item("sensex-record", "Sensex crosses 80,000 for the first time as banks rally", "Business", now.minus(Duration.ofMinutes(30))));
    outlet.publish(item("monsoon-session", LONG_HEADLINE, "Politics", now.minus(Duration.ofMinutes(20))));
    outlet.publish(item("delhi-pollution", HINDI_HEADLINE, "India", now.minus(Duration.ofMinutes(10))));
    config = dir.resolve("herald.yml");
    Files.writeString(config, """
        outlet:
          name: Jaano Junction
          url: https://www.jaanojunction.com
          timezone: Asia/Kolkata
          handle: "@jaanojunction"
        store:
          url: jdbc:h2:file:%1$s/data/herald
        admin:
          enabled: false
        sources:
          - id: main
            url: %2$s
            every: 2m
            backfill: 2
        channels:
          - id: x-main
            type: x
            apiBaseUrl: %3$s
            uploadBaseUrl: %3$s
            apiKey: test-consumer-key
            apiSecret: test-consumer-secret
            accessToken: 42-test-access-token
            accessTokenSecret: test-access-secret
          - id: telegram-main
            type: telegram
            apiBaseUrl: %4$s
            botToken: "%5$s"
            chatId: "@jaanojunction"
          - id: mastodon-main
            type: mastodon
            apiBaseUrl: %6$s
            accessToken: test-mastodon-token
          - id: bluesky-main
            type: bluesky
            apiBaseUrl: %7$s
            identifier: jaanojunction.bsky.social
            appPassword: test-app-password
        """.formatted(dir, outlet.feedUrl(), x.baseUrl(), telegram.baseUrl(), TELEGRAM_TOKEN, mastodon.baseUrl(),
        bluesky.baseUrl()), StandardCharsets.UTF_8);
  }

  @AfterEach
  void tearDown() throws IOException {
    for (var fake : List.of(outlet, x, telegram, mastodon, bluesky)) fake.close();
  }

  static FakeOutlet.Item item(String slug, String title, String section, Instant published) {
    String body = """
        %s, officials said on Tuesday, in a development that is being closely watched across the country.

        The decision came after weeks of deliberation between the ministries concerned and state governments.

        "We will keep the public informed at every step," a senior official told reporters in New Delhi.

        Source: India Today""".formatted(title);
    return new FakeOutlet.Item(slug, title, "The latest on " + title + ", as it happened.", body, section, published);
  }

  @Test
  void feedBecomesPostsOnEveryChannelExactlyOnce() {
    assertThat(Main.execute("once", "--config", config.toString())).isZero();

    // backfill: 2 — only the two newest items of the first poll are posted.
    assertThat(x.tweets()).hasSize(2);
    assertThat(telegram.posts()).hasSize(2);
    assertThat(mastodon.statuses()).hasSize(2);
    assertThat(bluesky.records()).hasSize(2);
    assertThat(String.join("\n", x.tweets())).contains("/news/delhi-pollution", "/news/monsoon-session")
        .doesNotContain("/news/sensex-record");

    Instant now = Instant.now();
    outlet.publish(item("isro-launch", "ISRO launches its heaviest rocket with 36 satellites", "Science", now));
    outlet.publish(item("cricket-final", "India beat Australia by six wickets to win the final", "Sports", now));
    outlet.publish(item("rail-budget", "Railways announce 50 new Vande Bharat trains", "India", now));
    assertThat(Main.execute("once", "--config", config.toString())).isZero();
    assertThat(x.tweets()).hasSize(5);
    assertThat(telegram.posts()).hasSize(5);
    assertThat(mastodon.distinctStatuses()).isEqualTo(5);
    assertThat(bluesky.distinctRecords()).isEqualTo(5);

    assertThat(Main.execute("once", "--config", config.toString())).isZero();
    assertThat(x.tweets()).hasSize(5);
    assertThat(telegram.posts()).hasSize(5);
    assertThat(mastodon.statuses()).hasSize(5);
    assertThat(bluesky.records()).hasSize(5);
  }

  @Test
  void postsFitEachPlatformAndCarryTheArticle() {
    assertThat(Main.execute("once", "--config", config.toString())).isZero();

    for (String tweet : x.tweets()) {
      assertThat(TwitterTextParser.parseTweet(tweet).weightedLength).isLessThanOrEqualTo(280);
      assertThat(tweet).containsPattern(Pattern.quote(outlet.baseUrl()) + "/news/");
    }
    for (String caption : telegram.posts()) {
      String visible = Parser.unescapeEntities(Jsoup.parse(caption).text(), false);
      assertThat(visible.length()).isLessThanOrEqualTo(1024);
      assertThat(Jsoup.parse(caption).body().select("*").not("body").eachAttr("abs:href")).isNotNull();
      assertThat(Jsoup.parse(caption).body().select("*").not("body"))
          .allSatisfy(e -> assertThat(e.tagName()).isIn("b", "i", "u", "s", "a", "code", "pre", "blockquote"));
      assertThat(caption.replaceAll("<[^>]+>", "")).doesNotContain("<", ">").doesNotContainPattern("&(?!amp;|lt;|gt;|quot;)");
    }
    assertThat(String.join("\n", x.tweets())).contains(HINDI_HEADLINE);
    assertThat(String.join("\n", telegram.posts())).contains(HINDI_HEADLINE);
    assertThat(String.join("\n", mastodon.statuses())).contains(HINDI_HEADLINE);
    assertThat(bluesky.records()).anySatisfy(r -> assertThat(r.path("record").path("text").asText()).contains(HINDI_HEADLINE));
  }

  @Test
  void platformRequestsAreSignedAndCarryTheCard() {
    assertThat(Main.execute("once", "--config", config.toString())).isZero();

    List<Recorded> xCalls = x.requests();
    assertThat(xCalls).isNotEmpty().allSatisfy(r ->
        assertThat(OAuth1.valid(r, x.baseUrl(), "test-consumer-secret", "test-access-secret"))
            .as("OAuth 1.0a signature of %s %s", r.method(), r.path()).isTrue());
    assertThat(x.requests("POST", "/2/media/upload")).hasSize(2)
        .allSatisfy(r -> assertThat(r.fields().get("media")).startsWith("\u00FF\u00D8"));
    // telegrambots sends the photo as a separate part referenced by "attach://<name>".
    assertThat(telegram.sendPhotos()).hasSize(2).allSatisfy(r -> {
      String attached = r.fields().get("photo").replace("attach://", "");
      assertThat(r.fields().get(attached)).startsWith("\u00FF\u00D8");
    });
    assertThat(mastodon.requests("POST", "/api/v2/media")).hasSize(2)
        .allSatisfy(r -> assertThat(r.fields().get("description")).isNotBlank());
    assertThat(bluesky.requests("POST", "/xrpc/com.atproto.repo.uploadBlob")).hasSize(2)
        .allSatisfy(r -> assertThat(r.body().length).isBetween(1, 1_000_000));
  }
}
