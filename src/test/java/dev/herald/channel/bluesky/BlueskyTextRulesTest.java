package dev.herald.channel.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlueskyTextRulesTest {

  private final BlueskyTextRules rules = new BlueskyTextRules();

  @Test
  void countsGraphemesSoDevanagariSyllablesAreOneEach() {
    assertThat(rules.length("नमस्ते")).isEqualTo(3);
    assertThat(rules.length("é")).isEqualTo(1);
    assertThat(rules.length("e\u0301")).isEqualTo(1);
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
}
