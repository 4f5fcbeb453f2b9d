package dev.herald.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class DevanagariTest {

  private static final CardFonts fonts = new CardFonts();

  @Test
  void bundledDevanagariFontDisplaysEveryCharacterOfAHindiHeadline() {
    var text = TestImages.HINDI + " क्षत्रिय ज्ञान श्री द्वारा हृदय ॐ ।";

    assertThat(fonts.devanagariBold.canDisplayUpTo(text)).isEqualTo(-1);
    assertThat(fonts.devanagariRegular.canDisplayUpTo(text)).isEqualTo(-1);
  }

  @Test
  void shapedHindiLineHasNoMissingGlyphsAndFormsConjuncts() {
    var font = fonts.sized(fonts.devanagariBold, 60f);
    var word = "उत्तराखंड";
    var glyphs = font.layoutGlyphVector(CardPainter.FRC, word.toCharArray(), 0, word.length(), Font.LAYOUT_LEFT_TO_RIGHT);

    assertThat(glyphs.getNumGlyphs()).isPositive();
    for (int i = 0; i < glyphs.getNumGlyphs(); i++) assertThat(glyphs.getGlyphCode(i)).isNotEqualTo(font.getMissingGlyphCode());
    // "त्त" (ta + virama + ta) shapes into one conjunct: fewer glyphs than characters proves shaping ran.
    assertThat(glyphs.getNumGlyphs()).isLessThan(word.length());
  }

  @Test
  void mixedScriptTextGetsOneFontPerScriptRun() {
    var set = fonts.headline(null);
    var text = "PM मोदी in Delhi: 5 बड़ी बातें";
    var iterator = set.attributed(text, 40f).getIterator();

    var runs = new ArrayList<String>();
    for (char c = iterator.first(); c != java.text.CharacterIterator.DONE; c = iterator.setIndex(iterator.getRunLimit())) {
      var font = (Font) iterator.getAttribute(TextAttribute.FONT);
      runs.add(font.getFontName() + ":" + text.substring(iterator.getRunStart(), iterator.getRunLimit()));
    }

    assertThat(runs).containsExactly(
        "Noto Sans Bold:PM ",
        "Noto Sans Devanagari Bold:मोदी ",
        "Noto Sans Bold:in Delhi: 5 ",
        "Noto Sans Devanagari Bold:बड़ी बातें");
  }

  @Test
  void hindiCardDrawsInkInsideTheHeadlineBounds() {
    var rendering = new Java2dCardRenderer().draw(TestImages.request(CardLayout.LANDSCAPE, TestImages.HINDI, "उत्तराखंड", null));
    var bounds = rendering.headline().bounds().getBounds();

    int white = 0;
    for (int y = bounds.y; y < bounds.y + bounds.height; y++) {
      for (int x = bounds.x; x < bounds.x + bounds.width; x++) if ((rendering.image().getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF) white++;
    }
    assertThat(white).as("white text pixels").isGreaterThan(2000);
  }
}
