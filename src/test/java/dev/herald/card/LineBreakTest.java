package dev.herald.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.font.TextLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 11, point 12: where a headline breaks. */
class LineBreakTest {

  private static final HeadlineFitter fitter = new HeadlineFitter(CardPainter.FRC);
  private static final FontSet fonts = new CardFonts().headline(null);

  @ParameterizedTest
  @ValueSource(ints = {420, 520, 640, 760})
  void neverBreaksAfterAHyphen(int width) {
    var fit = fit("Delhi Metro to run 24-hour services on the India-China border-town line from Monday", width, 6);

    for (var line : fit.lines()) assertThat(line).doesNotEndWith("-");
    assertThat(String.join(" ", fit.lines())).contains("24-hour", "India-China", "border-town");
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 620, 740, 900, 1072})
  void theLastLineIsNeverOneLoneWord(int width) {
    var fit = fit(Typography.smartQuotes(TestImages.ENGLISH), width, 6);

    if (fit.lines().size() > 1) assertThat(fit.lines().get(fit.lines().size() - 1).split(" ")).hasSizeGreaterThan(1);
  }

  @Test
  void linesAreBalancedNotGreedy() {
    // Greedy fills "…interference in elections’: Antony" and leaves "Blinken" alone.
    var fit = fit(Typography.smartQuotes(TestImages.ENGLISH), 1072, 3);

    assertBalanced(fit);
  }

  @Test
  void hindiLinesAreBalancedToo() {
    // Greedy left "नैनीताल तक" short on its own while "पहुँची," had fitted on the line above.
    var fit = fit(TestImages.HINDI, 700, 3);

    assertThat(fit.lines()).hasSizeGreaterThan(1);
    assertBalanced(fit);
  }

  private static HeadlineFit fit(String text, int width, int maxLines) {
    // Not truncated: every case here fits whole somewhere between 64 and 28 px.
    return fitter.fit(text, fonts, new HeadlineFitter.Box(0, 0, width, 2000), new HeadlineFitter.Sizes(64, 28, maxLines));
  }

  /** The shortest line is at least 60 % of the longest. */
  private static void assertBalanced(HeadlineFit fit) {
    double shortest = Double.MAX_VALUE, longest = 0;
    for (TextLayout layout : fit.layouts()) {
      shortest = Math.min(shortest, layout.getAdvance());
      longest = Math.max(longest, layout.getAdvance());
    }
    assertThat(shortest / longest).as("lines %s", fit.lines()).isGreaterThanOrEqualTo(0.6);
  }
}
