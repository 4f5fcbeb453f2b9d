package dev.herald.compose;

import static org.assertj.core.api.Assertions.assertThat;

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
}
