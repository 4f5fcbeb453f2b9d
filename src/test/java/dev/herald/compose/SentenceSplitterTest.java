package dev.herald.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  @Test
  void abbreviationsInitialsDecimalsAndQuotesDoNotEndSentences() {
    var sentences = SentenceSplitter.split(Fixtures.read("body-with-abbreviations.txt").strip());

    assertThat(sentences).containsExactly(
        "Mr. Sharma met Dr. R. K. Verma of St. Stephen's College on Jan. 5 in the U.S. capital.",
        "Growth was 3.5 per cent, i.e. below the 4.2 per cent forecast, e.g. in steel.",
        "He said, \"We came. We saw. We won.\"",
        "Then he left for No. 10 Downing Street.",
        "Was it worth it?",
        "Yes!",
        "The report cost Rs. 1.5 crore etc. and more.");
  }

  @Test
  void aQuoteEndingInAFullStopStaysWithItsSentence() {
    var sentences = SentenceSplitter.split(
        "Blinken said, \"We have seen evidence.\" Beijing denies it. \"We will act,\" he said.");

    assertThat(sentences).containsExactly(
        "Blinken said, \"We have seen evidence.\"", "Beijing denies it.", "\"We will act,\" he said.");
  }

  @Test
  void curlyQuotesAreQuotationsToo() {
    var sentences = SentenceSplitter.split("He said, “Stop. Now.” They stopped.");

    assertThat(sentences).containsExactly("He said, “Stop. Now.”", "They stopped.");
  }

  @Test
  void anUnbalancedQuoteDoesNotGlueTheParagraphTogether() {
    var sentences = SentenceSplitter.split("He said, \"We will act. The talks end today. China disagrees.");

    assertThat(sentences).hasSize(3);
  }

  @Test
  void hindiSentencesEndAtDandaQuestionAndExclamationMarks() {
    var sentences = SentenceSplitter.split("आग नैनीताल तक पहुंची। क्या काबू पाया जा सकेगा? यह मुश्किल है! सेना तैनात है।");

    assertThat(sentences).containsExactly("आग नैनीताल तक पहुंची।", "क्या काबू पाया जा सकेगा?", "यह मुश्किल है!", "सेना तैनात है।");
  }

  @Test
  void domainsAndDecimalsAreNotSentenceEnds() {
    var sentences = SentenceSplitter.split("Read it on jaanojunction.com today. Prices rose 0.75 per cent.");

    assertThat(sentences).containsExactly("Read it on jaanojunction.com today.", "Prices rose 0.75 per cent.");
  }

  @Test
  void aLowerCaseWordAfterAFullStopContinuesTheSentence() {
    var sentences = SentenceSplitter.split("The meeting starts at 10 a.m. on Monday. It ends at noon.");

    assertThat(sentences).containsExactly("The meeting starts at 10 a.m. on Monday.", "It ends at noon.");
  }

  @Test
  void textWithoutAFinalStopIsTheLastSentence() {
    assertThat(SentenceSplitter.split("First one. And a trailing fragment"))
        .containsExactly("First one.", "And a trailing fragment");
  }
}
