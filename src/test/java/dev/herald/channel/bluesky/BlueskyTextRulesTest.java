package dev.herald.channel.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlueskyTextRulesTest {

  private final BlueskyTextRules rules = new BlueskyTextRules();

  @Test
  void lengthCountsGraphemes() {
    assertThat(rules.length("e\u0301")).isEqualTo(1); // e + combining acute
    assertThat(rules.length("hello")).isEqualTo(5);
  }

  @Test
  void devanagariConjunctsCountAsBlueskyCountsThemNotFewer() {
    // UAX #29 (Bluesky's graphemer): न म स् ते; Java 17's BreakIterator alone says 3.
    assertThat(rules.length("नमस्ते")).isEqualTo(4);
    assertThat(rules.length("क्षि")).isEqualTo(2);
  }

  @Test
  void urlsCountInFull() {
    String url = "https://www.jaanojunction.com/" + "x".repeat(50);

    assertThat(rules.length(url)).isEqualTo(url.length());
  }

  @Test
  void limitIs300Graphemes() {
    assertThat(rules.fits("a".repeat(300))).isTrue();
    assertThat(rules.fits("a".repeat(301))).isFalse();
  }

  @Test
  void textOver3000BytesDoesNotFitEvenUnder300Graphemes() {
    String heavy = "👨‍👩‍👧‍👦".repeat(150); // 25 bytes each

    assertThat(new BlueskyTextRules(10_000).fits(heavy)).isTrue();
    assertThat(rules.fits(heavy)).isFalse();
  }
}
