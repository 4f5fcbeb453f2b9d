package dev.herald.channel.x;

import static org.assertj.core.api.Assertions.assertThat;

import com.twitter.twittertext.TwitterTextParser;
import java.util.Random;
import org.junit.jupiter.api.Test;

class XTextRulesTest {

  private final XTextRules rules = new XTextRules();

  @Test
  void everyUrlWeighs23HoweverLong() {
    String longUrl = "https://www.jaanojunction.com/world/" + "a".repeat(200) + "?utm_source=x&utm_medium=social";

    assertThat(rules.length(longUrl)).isEqualTo(23);
    assertThat(rules.length("Read: " + longUrl)).isEqualTo(6 + 23);
  }

  @Test
  void emojiAndCjkWeighTwoAndDevanagariOne() {
    assertThat(rules.length("🚀")).isEqualTo(2);
    assertThat(rules.length("日本")).isEqualTo(4);
    assertThat(rules.length("नमस्ते")).isEqualTo("नमस्ते".length());
  }

  @Test
  void countingWordByWordAgreesWithTwitterTextOnWholeTexts() {
    String[] pieces = {"Blinken", "said.", "U.S.", "jaanojunction.com", "https://x.com/a?b=1&c=2", "(www.example.in)",
        "🚀", "❤️", "#️⃣", "🇮🇳", "👨‍👩‍👧‍👦", "©", "日本語", "한국", "नमस्ते", "क़", "e\u0301", "3.5", "‘quoted’", "—", "…",
        "#Tag", "@handle", "$TSLA", "\u200B", "\t", "a:b", "mailto:x@y.com", "\n", "  "};
    var random = new Random(7);
    for (int i = 0; i < 2000; i++) {
      var text = new StringBuilder();
      for (int w = random.nextInt(40); w > 0; w--) text.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      String draft = text.toString();

      assertThat(rules.length(draft)).as(draft).isEqualTo(TwitterTextParser.parseTweet(draft).weightedLength);
    }
  }

  @Test
  void limitIs280AndTextIsNotEscaped() {
    assertThat(rules.maxLength()).isEqualTo(280);
    assertThat(rules.fits("a".repeat(280))).isTrue();
    assertThat(rules.fits("a".repeat(281))).isFalse();
    assertThat(rules.escape("A & B <c> \"d\"")).isEqualTo("A & B <c> \"d\"");
  }
}
