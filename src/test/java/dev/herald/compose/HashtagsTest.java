package dev.herald.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.twitter.twittertext.Extractor;
import dev.herald.config.HashtagSettings;
import dev.herald.source.Article;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HashtagsTest {

  private static Article withKeywords(String section, String... keywords) {
    return new Article("https://www.jaanojunction.com/a", null, null, "Title", null, null, null, null,
        section, List.of(keywords), null, "en");
  }

  @Test
  void keywordsBecomeCamelCaseTagsWithoutPunctuation() {
    assertThat(Hashtags.toTag("lok sabha elections")).isEqualTo("LokSabhaElections");
    assertThat(Hashtags.toTag("Women's Day")).isEqualTo("WomensDay");
    assertThat(Hashtags.toTag("COVID-19")).isEqualTo("COVID19");
    assertThat(Hashtags.toTag("#iPhone 16")).isEqualTo("iPhone16");
    assertThat(Hashtags.toTag("U.S. elections")).isEqualTo("USElections");
  }

  @Test
  void devanagariLettersAndMarksAreKept() {
    assertThat(Hashtags.toTag("लोकसभा चुनाव")).isEqualTo("लोकसभाचुनाव");
    assertThat(Hashtags.toTag("उत्तराखंड")).isEqualTo("उत्तराखंड");
    assertThat(new Extractor().extractHashtags("#" + Hashtags.toTag("लोकसभा चुनाव 2024")))
        .containsExactly("लोकसभाचुनाव2024");
  }

  @Test
  void allDigitsAndEmptyPhrasesAreNoTags() {
    assertThat(Hashtags.toTag("2024")).isEmpty();
    assertThat(Hashtags.toTag("!!!")).isEmpty();
    assertThat(Hashtags.toTag("")).isEmpty();
    assertThat(Hashtags.toTag("https://example.com/tag")).isEmpty();
  }

  @Test
  void alwaysTagsComeFirstThenKeywordsDedupedIgnoringCaseUpToMax() {
    var settings = new HashtagSettings(4, Map.of(), List.of("JaanoJunction"));
    var article = withKeywords("World", "China", "china", "jaanojunction", "US elections", "Russia");

    assertThat(Hashtags.of(article, settings)).containsExactly("JaanoJunction", "China", "USElections", "Russia");
  }

  @Test
  void anUnmappedSectionIsNoTagEvenWithRoomToSpare() {
    var settings = new HashtagSettings(5, Map.of(), List.of());

    assertThat(Hashtags.of(withKeywords("World", "China"), settings)).containsExactly("China");
    assertThat(Hashtags.of(withKeywords("देश"), settings)).isEmpty();
    assertThat(Hashtags.of(withKeywords("Cities"), settings)).isEmpty();
  }

  @Test
  void aMappedSectionBecomesItsMappedTagAfterTheKeywords() {
    var settings = new HashtagSettings(5, Map.of("business", "Markets", "World", ""), List.of());

    assertThat(Hashtags.of(withKeywords("Business", "Sensex"), settings)).containsExactly("Sensex", "Markets");
    assertThat(Hashtags.of(withKeywords("World", "China"), settings)).containsExactly("China");
  }

  @Test
  void mappingRenamesOrSilencesKeywords() {
    var settings = new HashtagSettings(5, Map.of("Lok Sabha", "LokSabha2024", "Top News", ""), List.of());
    var article = withKeywords("Top News", "lok sabha", "Bihar");

    assertThat(Hashtags.of(article, settings)).containsExactly("LokSabha2024", "Bihar");
  }

  @Test
  void noSettingsOrMaxZeroMeansNoTags() {
    var article = withKeywords("World", "China");

    assertThat(Hashtags.of(article, null)).isEmpty();
    assertThat(Hashtags.of(article, new HashtagSettings(0, Map.of(), List.of("Always")))).isEmpty();
  }

  @Test
  void lineJoinsTagsWithHashes() {
    assertThat(Hashtags.line(List.of("A", "B"))).isEqualTo("#A #B");
    assertThat(Hashtags.line(List.of())).isEmpty();
  }
}
