package dev.herald.channel.x;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XTextRulesTest {

  private final XTextRules rules = XTextRules.INSTANCE;

  @Test
  void everyUrlWeighsTwentyThree() {
    assertThat(rules.length("https://www.jaanojunction.com/2026/11/27/a-very-long-slug-about-the-monsoon-in-kerala"))
        .isEqualTo(23);
  }

  @Test
  void emojiWeighTwoAndLatinOne() {
    assertThat(rules.length("abc")).isEqualTo(3);
    assertThat(rules.length("🌧️")).isEqualTo(2);
  }

  @Test
  void devanagariWeighsOnePerCodePointWhileCjkWeighsTwo() {
    // twitter-text v3 gives weight 1 to U+0000–U+10FF, which holds Devanagari (matras count too).
    assertThat(rules.length("मानसून")).isEqualTo(6);
    assertThat(rules.length("日本")).isEqualTo(4);
  }

  @Test
  void limitIs280AndTextIsNotEscaped() {
    assertThat(rules.maxLength()).isEqualTo(280);
    assertThat(rules.fits("a".repeat(280))).isTrue();
    assertThat(rules.fits("a".repeat(281))).isFalse();
    assertThat(rules.escape("R&D <b>")).isEqualTo("R&D <b>");
  }
}
