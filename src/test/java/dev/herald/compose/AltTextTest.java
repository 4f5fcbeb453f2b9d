package dev.herald.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.source.Article;
import org.junit.jupiter.api.Test;

class AltTextTest {

  @Test
  void headlineThenDescriptionAsPlainText() {
    var article = Fixtures.article("Fire reaches Nainital", "<p>Army &amp; IAF called in.</p>", null);

    assertThat(AltText.of(article)).isEqualTo("Fire reaches Nainital. Army & IAF called in.");
  }

  @Test
  void atMost1000CharactersCutAtAWord() {
    var article = Fixtures.article("Headline?", "word ".repeat(400), null);

    String alt = AltText.of(article);

    assertThat(alt).hasSizeLessThanOrEqualTo(1000).startsWith("Headline? word").endsWith("word…");
  }

  @Test
  void noDescriptionMeansTheHeadlineAlone() {
    assertThat(AltText.of(Fixtures.article("आग नैनीताल तक पहुंची", null, null))).isEqualTo("आग नैनीताल तक पहुंची");
  }

  @Test
  void thePagesDescriptionOfThePhotoComesFirstThenTheCardsHeadline() {
    var base = Fixtures.blinken();
    var article = new Article(base.url(), base.guid(), base.sourceId(), base.title(), base.description(), base.body(),
        base.imageUrl(), base.publishedAt(), base.section(), base.keywords(), base.author(), base.language(),
        "Antony Blinken speaking to reporters in Beijing");

    assertThat(AltText.of(article)).isEqualTo("Antony Blinken speaking to reporters in Beijing. " + Fixtures.BLINKEN_HEADLINE);
  }

  @Test
  void noPhotoMeansNoPhotoDescriptionEvenIfOneWasRead() {
    var article = new Article("https://a.in/x", null, null, "Fire reaches Nainital", "Army called in.", null, null, null,
        null, null, null, "en", "A helicopter over the lake");

    assertThat(AltText.of(article)).isEqualTo("Fire reaches Nainital. Army called in.");
  }
}
