package dev.herald.card;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypographyTest {

  @Test
  void straightQuotesBecomeCurlyOpeningAndClosingOnes() {
    assertThat(Typography.smartQuotes(TestImages.ENGLISH)).isEqualTo("‘US has evidence of China’s interference in elections’: Antony Blinken");
    assertThat(Typography.smartQuotes("He said \"no\" to 'reform'.")).isEqualTo("He said “no” to ‘reform’.");
  }

  @Test
  void quotesAfterDevanagariMarksClose() {
    assertThat(Typography.smartQuotes("'आग लगी' बोले मंत्री")).isEqualTo("‘आग लगी’ बोले मंत्री");
  }

  @Test
  void drawnHeadlineIsCurlyButAltTextKeepsTheOriginal() {
    var renderer = new Java2dCardRenderer();
    var request = TestImages.request(CardLayout.OG, TestImages.ENGLISH, null, null);

    assertThat(String.join(" ", renderer.draw(request).headline().lines())).startsWith("‘US has");
    assertThat(renderer.render(request).altText()).isEqualTo(TestImages.ENGLISH);
  }
}
