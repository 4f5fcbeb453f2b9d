package dev.herald.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.twitter.twittertext.Extractor;
import dev.herald.card.Java2dCardRenderer;
import dev.herald.channel.HttpClients;
import dev.herald.compose.Composer;
import dev.herald.compose.ExtractiveSummarizer;
import dev.herald.config.ConfigLoader;
import dev.herald.config.HeraldConfig;
import dev.herald.source.Article;
import dev.herald.source.Fetcher;
import dev.herald.source.SafeText;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Feed text is hostile: control characters, bidi overrides and lone surrogates never reach a platform,
 * and "@handle" in a headline or summary notifies nobody on X, Mastodon or Threads (unless the channel
 * says {@code mentions: keep}). Composed through the production plans of every installed channel type.
 */
class HostileTextTest {

  private static final Pattern UNSAFE = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");
  // Mastodon's own mention pattern (app/models/account.rb MENTION_RE), without the lookbehind.
  private static final Pattern MASTODON_MENTION = Pattern.compile("(?i)(?<![/\\w])@([a-z0-9_]+(?:[a-z0-9_.-]+[a-z0-9_]+)?)");

  private static final String TYPES_YAML = """
      outlet: {name: Jaano Junction, url: "https://www.jaanojunction.com"}
      store: {url: "jdbc:h2:mem:unused"}
      admin: {enabled: false}
      sources: []
      channels:
        - {id: x, type: x, apiKey: k, apiSecret: s, accessToken: t, accessTokenSecret: u}
        - {id: telegram, type: telegram, botToken: "1:a", chatId: "@c"}
        - {id: mastodon, type: mastodon, apiBaseUrl: "https://m.example", accessToken: t}
        - {id: bluesky, type: bluesky, identifier: a.bsky.social, appPassword: p}
        - {id: preview, type: preview, dir: out/}
        - {id: x-keep, type: x, apiKey: k, apiSecret: s, accessToken: t, accessTokenSecret: u, mentions: keep}
      """;

  private static Article hostile() {
    return new Article("https://www.jaanojunction.com/news/hostile", "g", "main",
        "Minister\u202E replies to @PMOIndia\u0007 on \uD800 budget\u2066 row",
        "Talks \u001B[31mwith @narendramodi\u202C end; write to desk@jaanojunction.com.",
        "The minister replied to @PMOIndia late on Tuesday.\r\nOfficials said the budget\u0000 row would end soon.\n\n"
            + "Write to desk@jaanojunction.com for corrections. \u2067Hidden\u2069 text here.",
        null, Instant.parse("2026-11-26T00:00:00Z"), "India\u0085", List.of("Budget\u202D", "Delhi\u0001"),
        "Staff\u200F\u202E", "en");
  }

  private static Map<String, ArticleComposer.Composition> composeForEveryType() {
    var result = ConfigLoader.parse(TYPES_YAML, Map.of(), dev.herald.channel.ChannelProviders.catalog());
    assertThat(result.errors()).isEmpty();
    HeraldConfig config = result.config().orElseThrow();
    var plans = Herald.plans(config).values();
    var composer = new ArticleComposer(config.outlet(), new ExtractiveSummarizer(), new Composer(), new Java2dCardRenderer(),
        new Fetcher(HttpClients.shared()));
    return Map.of("all", composer.compose(hostile(), plans));
  }

  @Test
  void aHostileArticleYieldsCleanPostsOnEveryChannelType() {
    var composition = composeForEveryType().get("all");

    assertThat(composition.failures()).isEmpty();
    assertThat(composition.texts()).containsKeys("x", "telegram", "mastodon", "bluesky", "preview");
    composition.texts().forEach((channel, post) -> {
      assertThat(UNSAFE.matcher(post.text()).find()).as(channel + ": " + post.text()).isFalse();
      assertThat(SafeText.isClean(post.text())).as(channel).isTrue();
      assertThat(SafeText.isClean(post.altText())).as(channel + " alt text").isTrue();
      post.hashtags().forEach(tag -> assertThat(SafeText.isClean(tag)).as(channel + " tag " + tag).isTrue());
    });
  }

  @Test
  void mentionsNotifyNobodyOnXAndMastodonButEmailAddressesStay() {
    var texts = composeForEveryType().get("all").texts();
    var extractor = new Extractor();

    assertThat(texts.get("x").text()).contains("@\u2060PMOIndia");
    assertThat(extractor.extractMentionedScreennames(texts.get("x").text())).isEmpty();
    assertThat(MASTODON_MENTION.matcher(texts.get("mastodon").text()).find()).as(texts.get("mastodon").text()).isFalse();
    assertThat(texts.get("x").text().replace("\u2060", "")).as("reads the same").contains("@PMOIndia");
  }

  @Test
  void mentionsKeepLeavesHandlesAloneAndOtherPlatformsKeepThemByDefault() {
    var texts = composeForEveryType().get("all").texts();

    assertThat(new Extractor().extractMentionedScreennames(texts.get("x-keep").text())).contains("PMOIndia");
    assertThat(texts.get("telegram").text()).contains("@PMOIndia").doesNotContain("\u2060");
  }

  @Test
  void emailAddressesAndLinksWithAtSignsAreNeverTouched() {
    assertThat(dev.herald.compose.Mentions.neutralise("write to desk@jaanojunction.com or see https://medium.com/@jj/post"))
        .isEqualTo("write to desk@jaanojunction.com or see https://medium.com/@jj/post");
    assertThat(dev.herald.compose.Mentions.neutralise("(@jj) and @jj, ＠jj")).isEqualTo("(@\u2060jj) and @\u2060jj, ＠\u2060jj");
  }
}
