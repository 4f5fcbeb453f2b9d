package dev.herald.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TelegramTextRulesTest {

  private final TelegramTextRules rules = TelegramTextRules.caption();

  @Test
  void tagsDoNotCountAndEntitiesCountOnce() {
    String html = "<b>A &amp; B</b> &lt;x&gt; &quot;q&quot; <a href=\"https://t.me/x?a=1&amp;b=2\">link</a>";

    assertThat(TelegramTextRules.visibleText(html)).isEqualTo("A & B <x> \"q\" link");
    assertThat(rules.length(html)).isEqualTo("A & B <x> \"q\" link".length());
  }

  @Test
  void numericEntitiesAreDecoded() {
    assertThat(TelegramTextRules.visibleText("&#8377;50 &#x1F680;")).isEqualTo("₹50 🚀");
  }

  @Test
  void lengthIsInUtf16CodeUnits() {
    assertThat(rules.length("🚀")).isEqualTo(2);
    assertThat(rules.length("नमस्ते")).isEqualTo(6);
  }

  @Test
  void escapingMakesAmpersandsAnglesAndQuotesSafe() {
    String escaped = rules.escape("AT&T <Q4> \"up\" 'ok'");

    assertThat(escaped).isEqualTo("AT&amp;T &lt;Q4&gt; &quot;up&quot; 'ok'");
    assertThat(TelegramTextRules.visibleText(escaped)).isEqualTo("AT&T <Q4> \"up\" 'ok'");
  }

  @Test
  void captionAndMessageLimits() {
    assertThat(TelegramTextRules.caption().maxLength()).isEqualTo(1024);
    assertThat(TelegramTextRules.message().maxLength()).isEqualTo(4096);
    assertThat(rules.fits("<b>" + "&amp;".repeat(1024) + "</b>")).isTrue();
    assertThat(rules.fits("<b>" + "&amp;".repeat(1025) + "</b>")).isFalse();
    assertThatThrownBy(() -> new TelegramTextRules(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
