package dev.herald.compose.rules;

import static org.assertj.core.api.Assertions.assertThat;

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
  void limitIs280AndTextIsNotEscaped() {
    assertThat(rules.maxLength()).isEqualTo(280);
    assertThat(rules.fits("a".repeat(280))).isTrue();
    assertThat(rules.fits("a".repeat(281))).isFalse();
    assertThat(rules.escape("A & B <c> \"d\"")).isEqualTo("A & B <c> \"d\"");
  }
}
