package dev.herald.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.text.CharacterIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmojiTest {

  private static final CardFonts fonts = new CardFonts();
  private static final Java2dCardRenderer renderer = new Java2dCardRenderer();
  static final String SENSEX = "Sensex 🚀 crosses 80,000 for the first time as banks rally";

  @Test
  void aRocketInTheHeadlineIsSetInNotoEmojiAndNoGlyphIsMissing() {
    var rendering = renderer.draw(TestImages.request(CardLayout.LANDSCAPE, SENSEX, "Business", TestImages.photo(TestImages.BUSY_PHOTO)));

    assertThat(String.join(" ", rendering.headline().lines())).contains("🚀");
    for (var line : rendering.headline().lines()) assertNoMissingGlyph(line);
    assertThat(runs(SENSEX)).contains("Noto Emoji Bold:🚀");
  }

  @Test
  void everyLayoutKeepsTheEmojiWithoutATofuBox() {
    for (var layout : CardLayout.values()) {
      var rendering = renderer.draw(TestImages.request(layout, SENSEX, "Business", null));
      assertThat(String.join(" ", rendering.headline().lines())).as(layout.name()).contains("🚀");
      for (var line : rendering.headline().lines()) assertNoMissingGlyph(line);
    }
  }

  @Test
  void joinedAndSelectedEmojiStayInTheEmojiRun() {
    assertThat(runs("Love ❤️ wins")).containsExactly("Noto Sans Bold:Love ", "Noto Emoji Bold:❤️", "Noto Sans Bold: wins");
  }

  @Test
  void aCharacterNoBundledFaceHasIsDroppedNotDrawnAsABox() {
    var set = fonts.headline(null);

    assertThat(set.printable("Tokyo 東京 talks 🚀 end")).isEqualTo("Tokyo talks 🚀 end");
    assertThat(set.printable("private \uE000 use")).isEqualTo("private use");
    var rendering = renderer.draw(TestImages.request(CardLayout.OG, "Tokyo 東京 talks", "World", null));
    assertThat(rendering.headline().lines()).containsExactly("Tokyo talks");
  }

  /** Every run's face has a real glyph for every character of it: no .notdef anywhere. */
  private static void assertNoMissingGlyph(String line) {
    var iterator = fonts.headline(null).attributed(line, 60f).getIterator();
    for (char c = iterator.first(); c != CharacterIterator.DONE; c = iterator.setIndex(iterator.getRunLimit())) {
      var font = (Font) iterator.getAttribute(TextAttribute.FONT);
      var run = line.substring(iterator.getRunStart(), iterator.getRunLimit());
      var glyphs = font.createGlyphVector(CardPainter.FRC, run);
      for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
        assertThat(glyphs.getGlyphCode(i)).as("glyph %d of '%s' in %s", i, run, font.getFontName()).isNotEqualTo(font.getMissingGlyphCode());
      }
    }
  }

  private static List<String> runs(String text) {
    var iterator = fonts.headline(null).attributed(text, 40f).getIterator();
    var runs = new ArrayList<String>();
    for (char c = iterator.first(); c != CharacterIterator.DONE; c = iterator.setIndex(iterator.getRunLimit())) {
      var font = (Font) iterator.getAttribute(TextAttribute.FONT);
      runs.add(font.getFontName() + ":" + text.substring(iterator.getRunStart(), iterator.getRunLimit()));
    }
    return runs;
  }
}
