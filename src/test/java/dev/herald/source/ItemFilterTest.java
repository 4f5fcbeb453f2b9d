package dev.herald.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ItemFilterTest {

  private static Article article(String title, String section, String... keywords) {
    return new Article("https://www.jaanojunction.com/a", null, null, title, null, null, null, null, section,
        List.of(keywords), null, "en");
  }

  @Test
  void dropReasonNamesTheRuleThatDropsAnArticle() {
    var filter = new ItemFilter(List.of("India", "Cricket"), List.of("Sponsored"));

    assertThat(filter.dropReason(article("Sponsored: best phones of the year", "India"))).contains("exclude 'sponsored' matches");
    assertThat(filter.dropReason(article("Markets close higher", "Business"))).contains("none of include [india, cricket] matches");
    assertThat(filter.dropReason(article("Kohli scores a century", "Sport", "Cricket"))).isEmpty();
  }

  @Test
  void emptyIncludeKeepsEverything() {
    assertThat(new ItemFilter(List.of(), List.of()).keeps(article("Anything", null))).isTrue();
  }

  @Test
  void includeMatchesSectionKeywordOrTitleWordIgnoringCase() {
    var filter = new ItemFilter(List.of("assam", "CRICKET", "floods"), List.of());

    assertThat(filter.keeps(article("Rain update", "Assam"))).isTrue();
    assertThat(filter.keeps(article("Match report", "Sports", "Cricket"))).isTrue();
    assertThat(filter.keeps(article("Floods hit Dhemaji again", "National"))).isTrue();
    assertThat(filter.keeps(article("Stock markets rise", "Business", "Sensex"))).isFalse();
  }

  @Test
  void titleMatchIsOnWholeWordsNotSubstrings() {
    var filter = new ItemFilter(List.of("tea"), List.of());

    assertThat(filter.keeps(article("Assam tea fetches a record price", null))).isTrue();
    assertThat(filter.keeps(article("Team India wins", null))).isFalse();
  }

  @Test
  void multiWordTermsMatchAPhraseInTheTitle() {
    var filter = new ItemFilter(List.of("Uttar Pradesh"), List.of());

    assertThat(filter.keeps(article("Cold wave in Uttar Pradesh, schools shut", null))).isTrue();
    assertThat(filter.keeps(article("Pradesh Uttar", null))).isFalse();
  }

  @Test
  void excludeWinsOverInclude() {
    var filter = new ItemFilter(List.of("Assam"), List.of("sponsored"));

    assertThat(filter.keeps(article("Assam tourism offer", "Assam", "Sponsored"))).isFalse();
    assertThat(filter.keeps(article("Assam tourism news", "Assam"))).isTrue();
  }

  @Test
  void devanagariTermsMatchWholeHindiWords() {
    var filter = new ItemFilter(List.of("दिल्ली"), List.of("क्रिकेट"));

    assertThat(filter.keeps(article("दिल्ली में वायु गुणवत्ता गंभीर", null))).isTrue();
    assertThat(filter.keeps(article("दिल्ली में क्रिकेट मैच", null))).isFalse();
    assertThat(filter.keeps(article("मुंबई में बारिश", "राष्ट्रीय"))).isFalse();
  }
}
