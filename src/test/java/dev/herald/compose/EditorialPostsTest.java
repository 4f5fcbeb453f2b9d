package dev.herald.compose;

import static dev.herald.compose.EditorialPages.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.config.HashtagSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Posts for real-style article pages, read and composed by the production wiring ({@link EditorialPages}),
 * judged the way a news editor would read them. Each test's name says what the right choice is.
 */
class EditorialPostsTest {

  // ---- 2. Under pressure (X: 280, links 23): the lede, then the page's description, then a shortened first clause.

  @Test
  void blinkenOnXOpensWithTheStorysLedeNotTheStandfirstOrALaterQuote() {
    var post = compose(article(BLINKEN), "x");

    assertThat(summaryLine(post)).isEqualTo("The United States has evidence of China's attempts to influence the upcoming "
        + "US presidential elections, Secretary of State Antony Blinken has said.");
  }

  @Test
  void cycloneOnXFallsBackToThePagesDescriptionNotTheModelErrorCaveatNorTheTallyOfCyclones() {
    var article = article(CYCLONE);
    var post = compose(article, "x");

    // The lede (260 characters) cannot fit beside the headline; the short caveat and background lines could.
    assertThat(summaryLine(post)).isEqualTo("IMD expects the severe cyclone to cross the coast between Nellore and "
        + "Machilipatnam on Tuesday.").isEqualTo(article.description());
    assertThat(post.text()).doesNotContain("model error").doesNotContain("fourth cyclone").doesNotContain("Fishermen");
  }

  @Test
  void electoralBondsOnXShortensTheLedeAtAClauseNotTheSideRuleOnBondsEncashedBefore2018() {
    var post = compose(article(ELECTORAL_BONDS), "x");

    // Neither the lede nor the page's 290-character description fits: the lede's opening clause does.
    assertThat(summaryLine(post)).isEqualTo("The Supreme Court on Thursday struck down the electoral bonds scheme as unconstitutional…");
    assertThat(post.text()).doesNotContain("March 2018").doesNotContain("January 2018");
  }

  @Test
  void sensexOnXOpensWithTheRecordCloseNotTheBackgroundOnJulysMilestone() {
    var post = compose(article(SENSEX), "x");

    assertThat(summaryLine(post)).startsWith("The BSE Sensex closed above 85,000 for the first time on Tuesday")
        .doesNotContain("July");
  }

  @Test
  void hindiForestFireOnXOpensWithTheFireReachingNainitalNotTheExpertsQuestion() {
    var post = compose(article(HINDI_FOREST_FIRE), "x");

    assertThat(summaryLine(post)).startsWith("उत्तराखंड के कुमाऊं क्षेत्र में जंगलों की आग शनिवार को नैनीताल शहर के पास")
        .doesNotContain("विशेषज्ञों");
  }

  @Test
  void roomierPostsAddTheSentencesRightAfterTheLedeNotACaveatOrSideRuleFurtherDown() {
    var cyclone = compose(article(CYCLONE), "telegram");
    var bonds = compose(article(ELECTORAL_BONDS), "telegram");

    assertThat(cyclone.text()).contains("Chennai and its neighbouring districts").doesNotContain("model error")
        .doesNotContain("fourth cyclone");
    assertThat(bonds.text()).contains("could not be justified on the ground of curbing black money")
        .doesNotContain("March 2018");
  }

  // ---- 3. Hashtags: keywords and the channel's always/mapping; a section only when mapped.

  @Test
  void noSectionBecomesAHashtagOnAnyPageOrPlatformEvenWithRoomForMoreTags() {
    var roomy = new HashtagSettings(6, Map.of(), List.of());
    for (String name : ALL) {
      var article = article(name);
      for (String type : List.of("x", "mastodon", "bluesky", "telegram")) {
        var post = compose(article, type, roomy, Map.of());
        assertThat(post.hashtags()).as(name + " on " + type)
            .doesNotContain("World", "Cities", "India", "देश", "Business")
            .isNotEmpty();
      }
    }
  }

  @Test
  void aSectionTheChannelMapsBecomesItsTag() {
    var tags = new HashtagSettings(4, Map.of("Business", "Markets"), List.of());

    assertThat(compose(article(SENSEX), "mastodon", tags, Map.of()).hashtags()).containsExactly("Sensex", "Nifty", "StockMarket", "Markets");
  }

  // ---- 5. Headlines: og:title / <h1> / twitter:title before <title>, and never the site's name.

  @Test
  void everyHeadlineIsTheStorysOwnWithoutTheSiteName() {
    assertThat(article(BLINKEN).title()).isEqualTo("'US has evidence of China's interference in elections': Antony Blinken");
    assertThat(article(HINDI_FOREST_FIRE).title()).isEqualTo("उत्तराखंड के जंगलों में लगी आग नैनीताल तक पहुंची, सेना तैनात");
    assertThat(article(CYCLONE).title()).isEqualTo("Cyclone Michaung to cross Andhra coast on Tuesday; Chennai on alert");
    assertThat(article(ELECTORAL_BONDS).title()).isEqualTo("Supreme Court strikes down electoral bonds scheme, calls it unconstitutional");
    assertThat(article(SENSEX).title()).isEqualTo("Sensex closes above 85,000 for the first time 🚀");
    for (String name : ALL) {
      for (String type : List.of("x", "telegram", "mastodon")) {
        assertThat(compose(article(name), type).text()).as(name + " on " + type)
            .doesNotContainIgnoringCase("| Jaano Junction").doesNotContainIgnoringCase("- Jaano Junction")
            .doesNotContain("jaanojunction.com<").doesNotContain("| India").doesNotContain("| Business");
      }
    }
  }

  // ---- 6. Alt text: the page's own description of its photo, then the words on the card.

  @Test
  void altTextDescribesThePhotoInThePagesOwnWordsThenGivesTheCardsHeadline() {
    assertThat(compose(article(BLINKEN), "x").altText()).isEqualTo("Antony Blinken speaking to reporters in Beijing. "
        + "'US has evidence of China's interference in elections': Antony Blinken");
    // an empty alt: the caption, without its photo credit
    assertThat(compose(article(HINDI_FOREST_FIRE), "x").altText())
        .isEqualTo("नैनीताल के पास जंगल की आग पर झील का पानी डालता वायुसेना का हेलीकॉप्टर. उत्तराखंड के जंगलों में लगी आग नैनीताल तक पहुंची, सेना तैनात");
    assertThat(compose(article(CYCLONE), "x").altText()).startsWith("Satellite image of Cyclone Michaung over the Bay of Bengal. Cyclone Michaung to cross");
    // alt="image": the caption, without "File photo: Reuters"
    assertThat(compose(article(SENSEX), "x").altText())
        .isEqualTo("Traders watch share prices on a screen outside the Bombay Stock Exchange in Mumbai. Sensex closes above 85,000 for the first time 🚀");
  }

  @Test
  void aPhotoWhoseAltIsItsFileNameIsDescribedByTheCardsTextAlone() {
    var article = article(ELECTORAL_BONDS);

    assertThat(article.imageAlt()).isNull();
    assertThat(compose(article, "x").altText()).startsWith(article.title() + ". A five-judge Constitution bench");
  }

  // ---- 7. Telegram: one or two sentences, one call to action.

  @Test
  void telegramTeaserIsAtMostTwoSentencesWithTheButtonAsItsOnlyCallToAction() {
    for (String name : ALL) {
      var post = compose(article(name), "telegram");
      String summary = summaryLine(post);

      assertThat(summary.split("(?<=[.!?।…\"”])\\s+(?=\\p{Lu}|\\p{IsDevanagari}|\")").length).as(name).isBetween(1, 2);
      assertThat(post.text()).as(name).doesNotContain("<a ").doesNotContain("http");
    }
  }

  @Test
  void telegramWithoutTheButtonLinksOnceInTheArticlesLanguage() {
    var english = compose(article(BLINKEN), "telegram", ComposerTest.TAGS, Map.of("button", "false"));
    var hindi = compose(article(HINDI_FOREST_FIRE), "telegram", ComposerTest.TAGS, Map.of("button", "false"));

    assertThat(english.text()).containsOnlyOnce("<a href=").endsWith("\">Read more</a>");
    assertThat(hindi.text()).containsOnlyOnce("<a href=").endsWith("\">और पढ़ें</a>");
  }

  // ---- 4. Strings in the article's language.

  @Test
  void hindiPostsSpeakHindiAndEnglishPostsEnglish() {
    assertThat(compose(article(HINDI_FOREST_FIRE), "linkedin").text()).contains("और पढ़ें: https://").doesNotContain("Read more");
    assertThat(compose(article(BLINKEN), "linkedin").text()).contains("Read more: https://");
    assertThat(compose(article(HINDI_FOREST_FIRE), "instagram").text()).contains("लिंक बायो में · Jaano Junction");
    // the preview shows the date: in Hindi for the Hindi story (published 2 Dec 2026, IST)
    assertThat(compose(article(HINDI_FOREST_FIRE), "preview").text()).contains("2 दिसंबर 2026").doesNotContain("Dec");
  }
}
