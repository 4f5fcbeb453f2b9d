package dev.herald.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.compose.Summary.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractiveSummarizerTest {

  private static final List<String> BOILERPLATE = List.of(
      "Also Read", "Forest fire in Uttarakhand", "Source:", "India Today", "Stay connected", "Instagram",
      "Podcast", "Related Stories", "No stories found", "Jaano Junction");

  private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer();

  @Test
  void jaanoJunctionSummaryHasNoBoilerplateAndStartsWithTheStoryNotTheStandfirst() {
    var summary = summarizer.summarize(Fixtures.blinken());

    assertThat(summary.sentences()).extracting(Sentence::text)
        .allSatisfy(text -> assertThat(text).doesNotContain(BOILERPLATE))
        // the standfirst printed above the story is the page's description, not a sentence of the story
        .noneMatch(text -> text.startsWith("Secretary of State Blinken has asserted evidence"));
    assertThat(summary.best(3)).extracting(Sentence::text).first().asString()
        .startsWith("The United States has evidence of China's attempts to influence");
    assertThat(summary.sentences().get(0).position()).isZero();
  }

  @Test
  void aDescriptionThatIsOnlyTheStorysOpeningSentenceKeepsThatSentenceAsTheLede() {
    var blinken = Fixtures.blinken();
    String lede = "The United States has evidence of China's attempts to influence the upcoming US presidential elections, "
        + "Secretary of State Antony Blinken has said.";
    var summary = summarizer.summarize(Fixtures.article(blinken.title(), lede, blinken.body()));

    assertThat(summary.sentences()).extracting(Sentence::text).contains(lede);
  }

  @Test
  void theHeadlineRepeatedInThePageIsNeverASentence() {
    var summary = summarizer.summarize(Fixtures.blinken());

    assertThat(summary.sentences()).extracting(Sentence::text)
        .noneMatch(text -> text.contains("Antony Blinken") && text.contains("interference in elections"));
  }

  @Test
  void sentencesAreInReadingOrderWithTheBestScoringOne() {
    var summary = summarizer.summarize(Fixtures.blinken());

    assertThat(summary.sentences()).extracting(Sentence::position).isSorted().doesNotHaveDuplicates();
    assertThat(summary.sentences()).extracting(Sentence::score).contains(1.0).allMatch(score -> score > 0 && score <= 1);
    assertThat(summary.sentences()).hasSize(20); // the story's sentences, without the standfirst
  }

  @Test
  void summarizingTwiceGivesTheSameSummary() {
    assertThat(summarizer.summarize(Fixtures.blinken())).isEqualTo(summarizer.summarize(Fixtures.blinken()));
  }

  @Test
  void hindiPageLosesItsBoilerplateAndKeepsDevanagari() {
    var article = Fixtures.article("उत्तराखंड के जंगलों में लगी आग नैनीताल तक पहुंची, सेना तैनात", null,
        Fixtures.read("hindi-forest-fire-page.txt"));

    var texts = summarizer.summarize(article).sentences().stream().map(Sentence::text).toList();

    assertThat(texts).containsExactly(
        "उत्तराखंड के कुमाऊं क्षेत्र में जंगलों की आग शनिवार को नैनीताल शहर के पास तक पहुंच गई, जिसके बाद सेना और वायुसेना को बुलाया गया।",
        "अधिकारियों ने बताया कि आग पर काबू पाने के लिए हेलीकॉप्टरों से झील का पानी डाला जा रहा है।",
        "मुख्यमंत्री पुष्कर सिंह धामी ने हालात की समीक्षा की और कहा, \"हम हर संभव कदम उठा रहे हैं। किसी को घबराने की ज़रूरत नहीं है।\"",
        "उन्होंने वन विभाग के अधिकारियों को चौबीसों घंटे निगरानी के निर्देश दिए।",
        "क्या आग पर जल्द काबू पाया जा सकेगा?",
        "विशेषज्ञों का मानना है कि बारिश के बिना यह मुश्किल है!",
        "पिछले 24 घंटों में राज्य में आग की 31 नई घटनाएं दर्ज की गईं, और अब तक 1,100 हेक्टेयर से अधिक वन क्षेत्र प्रभावित हुआ है।");
  }

  @Test
  void anEmptyBodyFallsBackToTheDescription() {
    var article = Fixtures.article("Headline here", "<p>First line of the teaser is here. Second sentence follows it.</p>", "  ");

    assertThat(summarizer.summarize(article).sentences()).extracting(Sentence::text)
        .containsExactly("First line of the teaser is here.", "Second sentence follows it.");
  }

  @Test
  void nothingToSummarizeGivesAnEmptySummary() {
    assertThat(summarizer.summarize(Fixtures.article("Headline", null, null))).isEqualTo(Summary.EMPTY);
  }

  @Test
  void alsoReadFollowedByItsHeadlinesOnTheNextParagraphIsDropped() {
    String body = """
        The council approved the new budget on Tuesday after a long debate.

        Also Read:

        Another story entirely about something else happening today

        Members will vote again on the amended plan next week, officials said.
        Read more: Budget explained in ten charts
        Click here to subscribe to our newsletter for daily updates
        """;

    var texts = summarizer.summarize(Fixtures.article("Council passes budget", null, body)).sentences().stream()
        .map(Sentence::text).toList();

    assertThat(texts).containsExactly(
        "The council approved the new budget on Tuesday after a long debate.",
        "Members will vote again on the amended plan next week, officials said.");
  }
}
