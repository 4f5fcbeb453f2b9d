package dev.herald.channel.threads;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThreadsTextRulesTest {

  final ThreadsTextRules rules = new ThreadsTextRules();

  @Test
  void devanagariCountsOnePerCharacterAndEmojiTheirUtf8Bytes() {
    String hindi = "संसद में बजट";
    assertThat(rules.length(hindi)).isEqualTo(hindi.codePointCount(0, hindi.length()));
    assertThat(rules.length("🇮🇳")).isEqualTo(8);
  }

  @Test
  void moreThanFiveLinksOrOneTagNeverFits() {
    assertThat(rules.fits("a https://a.in/1 https://a.in/2 https://a.in/3 https://a.in/4 https://a.in/5")).isTrue();
    assertThat(rules.fits("a https://a.in/1 https://a.in/2 https://a.in/3 https://a.in/4 https://a.in/5 https://a.in/6")).isFalse();
    assertThat(rules.fits("news #India")).isTrue();
    assertThat(rules.fits("news #India #Delhi")).isFalse();
  }

  @Test
  void theLimitIsFiveHundred() {
    assertThat(rules.fits("a".repeat(500))).isTrue();
    assertThat(rules.fits("a".repeat(501))).isFalse();
  }
}
