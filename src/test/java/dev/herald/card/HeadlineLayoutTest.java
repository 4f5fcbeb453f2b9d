package dev.herald.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HeadlineLayoutTest {

  private static final Java2dCardRenderer renderer = new Java2dCardRenderer();
  /** Longer than any layout can hold at its minimum size, even the branded story. */
  private static final String ENDLESS = (TestImages.LONG + " ").repeat(4).strip();
  /** As long, with no clause break anywhere: the one case still cut with "…". */
  private static final String UNBROKEN = "Monsoon reaches Kerala early this year say forecasters in Thiruvananthapuram ".repeat(8).strip();

  static Stream<Arguments> everyLayoutWithAndWithoutPhoto() {
    var photo = TestImages.skyline(1600, 900, 1);
    return Stream.of(CardLayout.values()).flatMap(l -> Stream.of(Arguments.of(l, photo), Arguments.of(l, null)));
  }

  @ParameterizedTest(name = "{0} photo={1}")
  @MethodSource("everyLayoutWithAndWithoutPhoto")
  void threeHundredCharacterHeadlineStaysInsideTheSafeArea(CardLayout layout, java.awt.image.BufferedImage photo) {
    assertThat(TestImages.LONG).hasSize(300);
    var rendering = renderer.draw(TestImages.request(layout, TestImages.LONG, "India", photo));

    assertInside(rendering.headline().bounds(), rendering.safeArea());
    assertThat(rendering.headline().lines()).isNotEmpty();
    if (rendering.headline().truncated()) assertThat(last(rendering)).endsWith(HeadlineFitter.ELLIPSIS);
  }

  @ParameterizedTest(name = "{0} photo={1}")
  @MethodSource("everyLayoutWithAndWithoutPhoto")
  void headlineTooLongForAnyLayoutIsReplacedByItsLeadingPhraseNotCut(CardLayout layout, java.awt.image.BufferedImage photo) {
    var rendering = renderer.draw(TestImages.request(layout, ENDLESS, "India", photo));

    assertThat(rendering.headline().shortened()).isTrue();
    assertThat(rendering.headline().truncated()).isFalse();
    assertThat(String.join(" ", rendering.headline().lines())).doesNotContain(HeadlineFitter.ELLIPSIS).satisfies(set -> assertThat(ENDLESS).startsWith(set));
    assertThat(rendering.headline().fontSize()).isGreaterThanOrEqualTo(40f * layout.width / 1200f);
    assertInside(rendering.headline().bounds(), rendering.safeArea());
  }

  @ParameterizedTest(name = "{0} photo={1}")
  @MethodSource("everyLayoutWithAndWithoutPhoto")
  void aHeadlineWithNoPhraseBreakIsCutAtAWordWithAnEllipsisAsTheLastResort(CardLayout layout, java.awt.image.BufferedImage photo) {
    var rendering = renderer.draw(TestImages.request(layout, UNBROKEN, "India", photo));

    assertThat(rendering.headline().truncated()).isTrue();
    assertThat(last(rendering)).endsWith(HeadlineFitter.ELLIPSIS);
    assertThat(rendering.headline().fontSize()).isGreaterThanOrEqualTo(40f * layout.width / 1200f);
    assertInside(rendering.headline().bounds(), rendering.safeArea());
  }

  @Test
  void theThreeHundredCharacterHeadlineGivesWayToItsFirstClauseAtOrAboveTheFloor() {
    var rendering = renderer.draw(TestImages.request(CardLayout.LANDSCAPE, TestImages.LONG, "India", TestImages.photo(TestImages.BUSY_PHOTO)));

    assertThat(rendering.headline().fontSize()).isGreaterThanOrEqualTo(40f);
    assertEndsAtAClauseBreak(TestImages.LONG, String.join(" ", rendering.headline().lines()));
    assertThat(rendering.headline().shortened()).isTrue();
  }

  /** What was set is the headline's beginning, and the headline goes on there with a clause break, not mid-phrase. */
  private static void assertEndsAtAClauseBreak(String headline, String set) {
    assertThat(headline).startsWith(set);
    assertThat(headline.substring(set.length())).matches("^(,|;|:| —| -| as | while | and | after | amid | with | but ).*");
  }

  @Test
  void theArticlesOwnShortHeadlineWinsOverAPhraseOfTheLongOne() {
    var request = new CardRequest(CardLayout.LANDSCAPE, TestImages.LONG, "India", TestImages.DATE, "en", TestImages.skyline(1600, 900, 1), "Jaano Junction",
        TestImages.JAANO, 5_000_000, java.util.List.of("Uttarakhand forest fire reaches Nainital"));

    var rendering = renderer.draw(request);

    assertThat(String.join(" ", rendering.headline().lines())).isEqualTo("Uttarakhand forest fire reaches Nainital");
    assertThat(rendering.headline().shortened()).isTrue();
  }

  @Test
  void shortHeadlineIsSetAtTheMaximumSizeOnOneLine() {
    var rendering = renderer.draw(TestImages.request(CardLayout.LANDSCAPE, "Sensex closes higher", null, TestImages.skyline(1600, 900, 1)));

    assertThat(rendering.headline().fontSize()).isEqualTo(LayoutSpec.of(CardLayout.LANDSCAPE).maxSize());
    assertThat(rendering.headline().lines()).containsExactly("Sensex closes higher");
    assertThat(rendering.headline().truncated()).isFalse();
  }

  @Test
  void headlineShrinksBeforeItIsTruncated() {
    var rendering = renderer.draw(TestImages.request(CardLayout.LANDSCAPE, TestImages.ENGLISH + " as three days of talks with Xi Jinping end in Beijing", null, TestImages.skyline(1600, 900, 1)));
    var spec = LayoutSpec.of(CardLayout.LANDSCAPE);

    assertThat(rendering.headline().fontSize()).isLessThan(spec.maxSize()).isGreaterThan(spec.minSize());
    assertThat(rendering.headline().truncated()).isFalse();
    assertThat(String.join(" ", rendering.headline().lines()))
        .isEqualTo(Typography.smartQuotes(TestImages.ENGLISH + " as three days of talks with Xi Jinping end in Beijing"));
  }

  @Test
  void headlineThatFitsWholeOnlyAtTheMinimumSizeIsNotMarkedTruncated() {
    var fitter = new HeadlineFitter(CardPainter.FRC);
    var fonts = new CardFonts().headline(null);
    var box = new HeadlineFitter.Box(0, 0, 600, 400);
    var atMin = fitter.fit("Monsoon reaches Kerala", fonts, box, new HeadlineFitter.Sizes(200.5f, 41f, 1));

    assertThat(atMin.truncated()).isFalse();
    assertThat(atMin.lines()).containsExactly("Monsoon reaches Kerala");
    assertThat(atMin.fontSize()).isBetween(41f, 60f);
  }

  @Test
  void photoHeadlineSitsAboveTheFooterRow() {
    var spec = LayoutSpec.of(CardLayout.OG);
    var rendering = renderer.draw(TestImages.request(CardLayout.OG, TestImages.LONG, "India", TestImages.skyline(1600, 900, 1)));

    double footerTop = rendering.safeArea().getMaxY() - spec.footerHeight();
    assertThat(rendering.headline().bounds().getMaxY()).isLessThan(footerTop);
  }

  @Test
  void longHindiHeadlineGivesWayToItsFirstClauseAtFullSizeAndStaysInside() {
    var hindi = (TestImages.HINDI + " ").repeat(12).strip();
    var rendering = renderer.draw(TestImages.request(CardLayout.SQUARE, hindi, "उत्तराखंड", TestImages.skyline(1600, 900, 1)));

    assertEndsAtAClauseBreak(hindi, String.join(" ", rendering.headline().lines()));
    assertThat(rendering.headline().shortened()).isTrue();
    assertThat(rendering.headline().fontSize()).isGreaterThanOrEqualTo(40f);
    assertInside(rendering.headline().bounds(), rendering.safeArea());
  }

  @Test
  void aLongHindiHeadlineIsSetAsLargeAsAnEnglishOneOfTheSameLength() {
    var english = "Forest fire reaches Nainital as Army deployed, residents told to stay indoors";
    var hindi = "उत्तराखंड के जंगलों में लगी आग नैनीताल तक पहुँची, सेना तैनात, लोगों से घरों में रहने को कहा";
    var photo = TestImages.photo(TestImages.BUSY_PHOTO);

    float en = renderer.draw(TestImages.request(CardLayout.LANDSCAPE, english, "India", photo)).headline().fontSize();
    float hi = renderer.draw(TestImages.request(CardLayout.LANDSCAPE, hindi, "India", photo)).headline().fontSize();

    assertThat(hi).isGreaterThanOrEqualTo(en * 0.75f).isGreaterThanOrEqualTo(40f);
  }

  @Test
  void blankHeadlineFallsBackToTheOutletName() {
    var rendering = renderer.draw(TestImages.request(CardLayout.LANDSCAPE, "  ", null, null));

    assertThat(rendering.headline().lines()).containsExactly("Jaano Junction");
  }

  private static String last(Rendering rendering) {
    var lines = rendering.headline().lines();
    return lines.get(lines.size() - 1);
  }

  private static void assertInside(Rectangle2D bounds, java.awt.Rectangle safe) {
    assertThat(bounds.getMinX()).as("left").isGreaterThanOrEqualTo(safe.getMinX());
    assertThat(bounds.getMaxX()).as("right").isLessThanOrEqualTo(safe.getMaxX());
    assertThat(bounds.getMinY()).as("top").isGreaterThanOrEqualTo(safe.getMinY());
    assertThat(bounds.getMaxY()).as("bottom").isLessThanOrEqualTo(safe.getMaxY());
  }
}
