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

  @Test
  void firstClauseKeepsTheMostWholeClausesThatFitThenCutsTheFirstAtAWord() {
    String lede = "The Supreme Court on Thursday struck down the scheme, holding that it violates the right to "
        + "information, and ordered the SBI to stop issuing bonds.";

    assertThat(Shorten.firstClause(lede, c -> c.length() <= 60)).isEqualTo("The Supreme Court on Thursday struck down the scheme…");
    assertThat(Shorten.firstClause(lede, c -> c.length() <= 110))
        .isEqualTo("The Supreme Court on Thursday struck down the scheme, holding that it violates the right to information…");
    assertThat(Shorten.firstClause(lede, c -> c.length() <= 30)).isEqualTo("The Supreme Court on Thursday…");
    assertThat(Shorten.firstClause("हिंदी वाक्य, दूसरा हिस्सा।", c -> c.length() <= 12)).isEqualTo("हिंदी वाक्य…");
    assertThat(Shorten.firstClause("", c -> true)).isEmpty();
  }
}
