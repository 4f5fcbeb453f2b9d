package dev.herald.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortenTest {

  @Test
  void cutsAtTheLastWholeWordThatFitsAndDropsHangingPunctuation() {
    assertThat(Shorten.toLength("Blinken says, China interfered in polls", 19)).isEqualTo("Blinken says…");
    assertThat(Shorten.toLength("Blinken says, China interfered in polls", 20)).isEqualTo("Blinken says, China…");
    assertThat(Shorten.toLength("Short enough", 20)).isEqualTo("Short enough");
  }

  @Test
  void aSingleLongWordIsCutBetweenGraphemes() {
    assertThat(Shorten.toLength("नमस्तेदुनिया", 6)).endsWith("…").hasSizeLessThanOrEqualTo(6);
  }

  @Test
  void nothingFitsGivesEmpty() {
    assertThat(Shorten.toLength("Supercalifragilistic words", 1)).isEmpty();
  }
}
