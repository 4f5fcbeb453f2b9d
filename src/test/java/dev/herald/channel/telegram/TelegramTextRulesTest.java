package dev.herald.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TelegramTextRulesTest {

  private final TelegramTextRules rules = TelegramTextRules.CAPTION;

  @Test
  void tagsDoNotCountAndEntitiesCountAsOneCharacter() {
    assertThat(rules.length("<b>R&amp;D</b> &lt;3 &quot;hi&quot; &gt;")).isEqualTo("R&D <3 \"hi\" >".length());
    assertThat(rules.length("<a href=\"https://www.jaanojunction.com/x\">Read more</a>")).isEqualTo(9);
  }

  @Test
  void countsUtf16UnitsSoEmojiWeighTwoAndDevanagariOnePerCodeUnit() {
    assertThat(rules.length("🌧")).isEqualTo(2);
    assertThat(rules.length("मानसून")).isEqualTo(6);
    assertThat(rules.length("&#128512;")).isEqualTo(2);
  }

  @Test
  void captionLimitIs1024() {
    assertThat(rules.maxLength()).isEqualTo(1024);
    assertThat(rules.fits("<b>" + "a".repeat(1024) + "</b>")).isTrue();
    assertThat(rules.fits("a".repeat(1023) + "&amp;&amp;")).isFalse();
  }

  @Test
  void escapeMakesPlainTextSafeForHtmlParseMode() {
    assertThat(rules.escape("Q&A: <Budget> 2026")).isEqualTo("Q&amp;A: &lt;Budget&gt; 2026");
    assertThat(rules.length(rules.escape("Q&A: <Budget>"))).isEqualTo("Q&A: <Budget>".length());
  }
}
