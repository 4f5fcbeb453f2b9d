package dev.herald.channel.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlueskyTextRulesTest {

  private final BlueskyTextRules rules = new BlueskyTextRules();

  @Test
  void combiningMarksBelongToTheirLetter() {
    assertThat(rules.length("é")).isEqualTo(1);
    assertThat(rules.length("e\u0301")).isEqualTo(1);
    assertThat(rules.length("की")).isEqualTo(1);
  }

  @Test
  void conjunctsCountAsTheOlderUnicodeRulesSplitThemSoNoPdsCountsMore() {
    // graphemer (Unicode 15.0): न|म|स्|ते and मं|त्|री; Intl.Segmenter (15.1) counts fewer
    assertThat(rules.length("नमस्ते")).isEqualTo(4);
    assertThat(rules.length("मंत्री")).isEqualTo(3);
    assertThat(rules.length("स्त्र")).isGreaterThanOrEqualTo(3);
  }

  @Test
  void urlsCountAtTheirFullLength() {
    assertThat(rules.length("https://a.in/x")).isEqualTo(14);
  }

  @Test
  void limitIsThreeHundred() {
    assertThat(rules.maxLength()).isEqualTo(300);
    assertThat(rules.fits("क".repeat(300))).isTrue();
    assertThat(rules.fits("क".repeat(301))).isFalse();
  }

  @Test
  void denseHindiIsHeldToTheThreeThousandByteLimitToo() {
    String syllable = "\u0915\u093C\u093F\u0902"; // क़िं: one grapheme, four code points, 12 bytes
    assertThat(rules.length(syllable)).isEqualTo(2); // 12 bytes weigh 1.2, rounded up
    assertThat(rules.length(syllable.repeat(260))).isEqualTo(312);
    assertThat(rules.fits(syllable.repeat(260))).isFalse();
  }
}
