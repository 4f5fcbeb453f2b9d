package dev.herald.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.herald.channel.bluesky.BlueskyTextRules;
import dev.herald.channel.mastodon.MastodonTextRules;
import dev.herald.channel.telegram.TelegramTextRules;
import dev.herald.channel.x.XTextRules;
import dev.herald.config.ChannelConfig;
import dev.herald.config.HashtagSettings;
import dev.herald.config.Outlet;
import dev.herald.config.Utm;
import dev.herald.source.Article;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComposerTest {

  static final Outlet OUTLET = new Outlet("Jaano Junction", "https://www.jaanojunction.com", "en",
      ZoneId.of("Asia/Kolkata"), "@jaanojunction", null);
  static final Utm UTM = new Utm(true, null, null, null);
  static final HashtagSettings TAGS = new HashtagSettings(3, Map.of(), List.of());

  private final Composer composer = new Composer();
  private final Summarizer summarizer = new ExtractiveSummarizer();

  static ChannelConfig channel(String type, String template, HashtagSettings hashtags, Map<String, String> settings) {
    return new ChannelConfig(type + "-main", type, true, template, "landscape", Duration.ofMinutes(10), null, 40,
        Duration.ofHours(12), List.of(), UTM, hashtags, settings);
  }

  private ComposedPost compose(Article article, String type) {
    return compose(article, type, Platforms.rules(type));
  }

  private ComposedPost compose(Article article, String type, TextRules rules) {
    return composer.compose(article, summarizer.summarize(article), channel(type, null, TAGS, Map.of()), type, rules,
        Platforms.template(type), OUTLET);
  }

  @Test
  void blinkenStoryFitsEveryPlatformWithTheTaggedLink() {
    var article = Fixtures.blinken();
    for (String type : List.of("x", "telegram", "mastodon", "bluesky")) {
      var rules = Platforms.rules(type);
      var post = compose(article, type, rules);

      assertThat(rules.fits(post.text())).as(type).isTrue();
      assertThat(post.link()).endsWith("?utm_source=" + type + "&utm_medium=social&utm_campaign=herald");
      // Telegram's button and Bluesky's link card carry the link; X and Mastodon show it in the text.
      if (type.equals("telegram") || type.equals("bluesky")) assertThat(post.text()).as(type).doesNotContain("http");
      else assertThat(post.text()).as(type).contains(rules.escape(post.link()));
      assertThat(post.altText()).startsWith("'US has evidence");
    }
  }

  @Test
  void xPostIsHeadlineBestSentenceThatFitsLinkAndTags() {
    var post = compose(Fixtures.blinken(), "x");

    // The lede (228 characters) cannot fit beside the headline; the next best sentence can.
    assertThat(post.text()).isEqualTo("""
        'US has evidence of China's interference in elections': Antony Blinken

        The United States has evidence of China's attempts to influence the upcoming US presidential elections, Secretary of State Antony Blinken has said.

        %s
        #AntonyBlinken #China #USElections""".formatted(post.link()));
    assertThat(post.hashtags()).containsExactly("AntonyBlinken", "China", "USElections");
  }

  @Test
  void roomierPlatformsOpenWithTheLedeThenTheBestSentencesInReadingOrderTelegramStoppingAtTwo() {
    var telegram = compose(Fixtures.blinken(), "telegram");
    var mastodon = compose(Fixtures.blinken(), "mastodon");

    assertThat(telegram.text()).isEqualTo("""
        <b>'US has evidence of China's interference in elections': Antony Blinken</b>

        The United States has evidence of China's attempts to influence the upcoming US presidential elections, \
        Secretary of State Antony Blinken has said. Blinken said this comes after President Joe Biden gave a message \
        to Chinese President Xi Jinping, asking him not to interfere with the country's elections, to which the latter agreed.

        #AntonyBlinken #China #USElections""");
    assertThat(mastodon.text().lines().skip(2).findFirst().orElseThrow())
        .startsWith("The United States has evidence of China's attempts");
    assertThat(mastodon.text()).endsWith("#AntonyBlinken #China #USElections");
    // 1024 characters had room for a third sentence: Telegram's teaser stops at two all the same
    assertThat(new Composer(3).compose(Fixtures.blinken(), summarizer.summarize(Fixtures.blinken()),
        channel("telegram", null, TAGS, Map.of()), "telegram", withoutSentenceCap(TelegramTextRules.caption()), Platforms.template("telegram"), OUTLET)
        .text())
        .hasSizeGreaterThan(telegram.text().length() + 40);
  }

  /** The platform's rules with no cap on sentences of its own. */
  private static TextRules withoutSentenceCap(TextRules rules) {
    return new TextRules() {
      @Override
      public int maxLength() {
        return rules.maxLength();
      }

      @Override
      public int length(String text) {
        return rules.length(text);
      }

      @Override
      public String escape(String plain) {
        return rules.escape(plain);
      }
    };
  }

  @Test
  void headlineOf300CharactersIsShortenedAtAWordOnX() {
    String headline = Fixtures.read("headline-300-characters.txt").strip();
    var article = Fixtures.article(headline, "A description that cannot fit either.", "");

    var post = compose(article, "x");

    assertThat(new XTextRules().fits(post.text())).isTrue();
    String firstLine = post.text().lines().findFirst().orElseThrow();
    assertThat(firstLine).endsWith("…");
    String kept = firstLine.substring(0, firstLine.length() - 1);
    assertThat(headline).startsWith(kept);
    assertThat(headline.charAt(kept.length())).isIn(' ', ',');
    assertThat(post.text()).contains(post.link());
    assertThat(post.hashtags()).isEmpty();
  }

  @Test
  void headlineOf300CharactersFitsTheRoomierPlatformsWhole() {
    String headline = Fixtures.read("headline-300-characters.txt").strip();
    var article = Fixtures.article(headline, null, "");

    assertThat(compose(article, "telegram").text()).contains(headline);
    assertThat(compose(article, "mastodon").text()).contains(headline);
    var bluesky = compose(article, "bluesky");
    assertThat(new BlueskyTextRules().fits(bluesky.text())).isTrue();
    // no sentence to show: the headline, whole, since the link card carries the link
    assertThat(bluesky.text()).isEqualTo(headline);
  }

  @Test
  void specialCharactersAreEscapedForTelegramAndLeftAloneElsewhere() {
    var lines = Fixtures.read("special-characters-article.txt").lines().toList();
    var article = Fixtures.article(lines.get(0), null, lines.get(1));

    var telegram = compose(article, "telegram");
    var x = compose(article, "x");

    assertThat(TelegramHtml.problems(telegram.text())).isEmpty();
    assertThat(TelegramTextRules.visibleText(telegram.text()))
        .contains("Tata & Sons <Q4> results: \"Profit up 12%\" as AT&T's 'deal' lands 🚀📈 — शेयर 5% ऊपर")
        .contains("beating the <estimate> of analysts at A&B Research.");
    assertThat(telegram.text()).contains("<b>Tata &amp; Sons &lt;Q4&gt;").doesNotContain("<a href");
    assertThat(x.text()).startsWith(lines.get(0));
  }

  @Test
  void telegramPostIsValidHtmlAndWithin1024AfterEntitiesEvenWhenFullOfAmpersands() {
    String body = "Tata & Sons & AT&T & <Q> said \"yes\" & \"no\". ".repeat(60);
    var article = Fixtures.article("A & B <c> \"d\" 'e' & " + "&".repeat(200), body, body);

    var post = compose(article, "telegram");

    assertThat(TelegramHtml.problems(post.text())).isEmpty();
    assertThat(TelegramTextRules.visibleText(post.text()).length()).isLessThanOrEqualTo(1024);
    assertThat(post.text().length()).isGreaterThan(1024); // the escaping itself must not count
  }

  @Test
  void devanagariAndEmojiSurviveOnEveryPlatform() {
    var article = Fixtures.article("उत्तराखंड के जंगलों में लगी आग नैनीताल तक पहुंची 🔥, सेना तैनात", null,
        Fixtures.read("hindi-forest-fire-page.txt"));
    for (String type : List.of("x", "telegram", "mastodon", "bluesky")) {
      var rules = Platforms.rules(type);
      var post = compose(article, type, rules);

      assertThat(rules.fits(post.text())).as(type).isTrue();
      assertThat(post.text()).as(type)
          .startsWith(type.equals("telegram") ? "<b>उत्तराखंड के जंगलों में लगी आग नैनीताल तक पहुंची 🔥" : "उत्तराखंड")
          .contains("उत्तराखंड के कुमाऊं क्षेत्र में जंगलों की आग");
    }
  }

  @Test
  void xCountsALongUrlAs23SoTheSummaryStaysAndBlueskyLeavesTheUrlToItsLinkCard() {
    String longUrl = "https://www.jaanojunction.com/world/" + "blinken-china-elections-".repeat(8) + "1234";
    var base = Fixtures.blinken();
    var article = new Article(longUrl, null, null, base.title(), base.description(), base.body(), null,
        base.publishedAt(), base.section(), base.keywords(), base.author(), base.language());

    var x = compose(article, "x");
    var bluesky = compose(article, "bluesky");

    assertThat(x.link()).hasSizeGreaterThan(250);
    assertThat(x.text()).contains(x.link()).contains("The United States has evidence of China's attempts");
    assertThat(new XTextRules().length(x.text())).isLessThanOrEqualTo(280);
    assertThat(new BlueskyTextRules().fits(bluesky.text())).isTrue();
    assertThat(bluesky.text()).doesNotContain("http").doesNotContain("utm_")
        .startsWith("The United States has evidence of China's attempts");
  }

  @Test
  void hashtagsAreDroppedLastFirstBeforeThePostWouldOverflow() {
    var tags = new HashtagSettings(3, Map.of(), List.of("JaanoJunction", "Elections"));
    String sentence = "Voting ended peacefully across the state on Monday evening with a turnout of sixty per cent.";
    var article = Fixtures.article("Polls close", null, sentence);
    // Room for the headline, the sentence and two of the three tags (the third is #AntonyBlinken).
    var rules = new MastodonTextRules(("Polls close\n\n" + sentence + "\n\n#JaanoJunction #Elections").length(), 23);

    var post = composer.compose(article, summarizer.summarize(article), channel("mastodon", """
        {{headline}}

        {{summary}}

        {{hashtags}}""", tags, Map.of()), "mastodon", rules, Platforms.template("mastodon"), OUTLET);

    assertThat(post.text()).contains("Voting ended peacefully").endsWith("#JaanoJunction #Elections");
    assertThat(post.hashtags()).containsExactly("JaanoJunction", "Elections");
    assertThat(rules.fits(post.text())).isTrue();
  }

  @Test
  void missingValuesLeaveNoEmptyLinesOrDanglingLabels() {
    var article = new Article("https://jaanojunction.com/a", null, null, "Headline only", null, null, null, null,
        null, List.of(), null, null);
    String template = """
        {{headline}}
        {{#author}}By {{author}}{{/author}}
        {{section}}

        {{summary}}

        {{#hashtags}}{{hashtags}}{{/hashtags}}

        {{url}}
        {{date}}""";

    var post = composer.compose(article, Summary.EMPTY, channel("x", template, TAGS, Map.of()), "x", new XTextRules(),
        Platforms.template("x"), OUTLET);

    assertThat(post.text()).isEqualTo("Headline only\n\n" + post.link());
  }

  @Test
  void everyTemplateVariableIsFilled() {
    var article = Fixtures.blinken();
    var channel = channel("mastodon", "{{outlet}}|{{handle}}|{{section}}|{{author}}|{{date}}|{{language}}", TAGS,
        Map.of("handle", "@jaanojunction@mastodon.social"));

    var post = composer.compose(article, Summary.EMPTY, channel, "mastodon", new MastodonTextRules(), null, OUTLET);

    // 06:30 UTC is noon in Asia/Kolkata, still 27 April.
    assertThat(post.text()).isEqualTo("Jaano Junction|@jaanojunction@mastodon.social|World|Jaano Junction Desk|27 Apr 2024|en");
  }

  @Test
  void dateIsInTheOutletsTimezone() {
    var base = Fixtures.blinken();
    var lateEvening = new Article(base.url(), null, null, "Late news", null, null, null,
        Instant.parse("2024-04-27T20:00:00Z"), null, List.of(), null, "en");

    var post = composer.compose(lateEvening, Summary.EMPTY, channel("x", "{{date}}", null, Map.of()), "x",
        new XTextRules(), null, OUTLET);

    assertThat(post.text()).isEqualTo("28 Apr 2024");
  }

  @Test
  void theDescriptionStandsInWhenNoSentenceFits() {
    String endless = "This sentence goes on and on " + "and on ".repeat(80) + "until it ends.";
    var article = Fixtures.article("Headline", "A short teaser that fits.", endless);

    var post = compose(article, "x");

    assertThat(post.text()).contains("A short teaser that fits.").doesNotContain("goes on");
  }

  @Test
  void aTemplateWhoseOwnTextIsTooLongStillYieldsAPostThatFits() {
    var article = Fixtures.blinken();
    String template = "x".repeat(300) + " {{headline}} {{url}}";

    var post = composer.compose(article, Summary.EMPTY, channel("x", template, null, Map.of()), "x",
        new XTextRules(), null, OUTLET);

    assertThat(new XTextRules().fits(post.text())).isTrue();
    assertThat(post.text()).isEqualTo(post.link());
  }

  @Test
  void anInvalidTemplateIsReportedClearly() {
    var channel = channel("x", "{{#summary}} unclosed", null, Map.of());

    assertThatThrownBy(() -> composer.compose(Fixtures.blinken(), Summary.EMPTY, channel, "x", new XTextRules(), null,
        OUTLET)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not valid mustache");
  }

  @Test
  void composingIsSafeFromManyThreadsAtOnce() throws Exception {
    var article = Fixtures.blinken();
    var summary = summarizer.summarize(article);
    var expected = composer.compose(article, summary, channel("x", null, TAGS, Map.of()), "x", new XTextRules(), Platforms.template("x"), OUTLET);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      var futures = new java.util.ArrayList<java.util.concurrent.Future<ComposedPost>>();
      for (int i = 0; i < 40; i++) {
        futures.add(pool.submit(() -> composer.compose(article, summary, channel("x", null, TAGS, Map.of()), "x", new XTextRules(), Platforms.template("x"), OUTLET)));
      }
      for (var future : futures) assertThat(future.get()).isEqualTo(expected);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void valuesAreNeverHtmlEscapedOnPlainTextPlatforms() {
    var article = Fixtures.article("Q&A: <Why> \"now\"?", null, "");

    assertThat(compose(article, "mastodon").text()).startsWith("Q&A: <Why> \"now\"?");
  }
}
