package dev.herald.card;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.text.AttributedString;

/**
 * Chooses a face per run of text so the layout engine shapes each script with a font that has its
 * glyphs: Devanagari with Noto Sans Devanagari, pictographs no text face has (🚀) with Noto Emoji,
 * everything else with the brand or Noto Sans face. Neutral characters (spaces, digits,
 * punctuation, joiners) stay in the run around them, because splitting a run at a space or ZWJ
 * would break conjunct shaping. A character none of the faces has is dropped by {@link
 * #printable}, so a card never shows a tofu box.
 */
record FontSet(Font brand, Font latin, Font devanagari, Font emoji, CardFonts cache) {

  /**
   * {@code text} without the characters no face can draw (a CJK ideograph, a private-use glyph, an
   * emoji newer than the font), spaces tidied where one was removed.
   */
  String printable(String text) {
    var out = new StringBuilder(text.length());
    boolean dropped = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || drawable(cp)) out.appendCodePoint(cp);
      else dropped = true;
    }
    return dropped ? out.toString().replaceAll("\\s+", " ").strip() : text;
  }

  private boolean drawable(int cp) {
    return (brand != null && brand.canDisplay(cp)) || latin.canDisplay(cp) || devanagari.canDisplay(cp) || emoji.canDisplay(cp);
  }

  AttributedString attributed(String text, float size) {
    var attributed = new AttributedString(text);
    if (text.isEmpty()) return attributed;
    int runStart = 0;
    Font runFont = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      Font font = pick(cp, runFont);
      if (runFont != null && font != runFont) {
        attributed.addAttribute(TextAttribute.FONT, cache.sized(runFont, size), runStart, i);
        runStart = i;
      }
      runFont = font;
      i += Character.charCount(cp);
    }
    attributed.addAttribute(TextAttribute.FONT, cache.sized(runFont, size), runStart, text.length());
    return attributed;
  }

  private Font pick(int cp, Font current) {
    // Emoji joiners and presentation selectors belong to the pictograph before them.
    if (current == emoji && (cp == 0x200D || cp == 0xFE0F || cp == 0x20E3 || isSkinTone(cp))) return emoji;
    if (isNeutral(cp) && current != null && current != emoji && current.canDisplay(cp)) return current;
    if (isDevanagari(cp)) return brand != null && brand.canDisplay(cp) ? brand : devanagari;
    if (brand != null && brand.canDisplay(cp)) return brand;
    if (latin.canDisplay(cp)) return latin;
    if (devanagari.canDisplay(cp)) return devanagari;
    if (emoji.canDisplay(cp)) return emoji;
    return latin;
  }

  private static boolean isSkinTone(int cp) {
    return cp >= 0x1F3FB && cp <= 0x1F3FF;
  }

  static boolean isDevanagari(int cp) {
    return (cp >= 0x0900 && cp <= 0x097F) || (cp >= 0xA8E0 && cp <= 0xA8FF) || (cp >= 0x1CD0 && cp <= 0x1CFF);
  }

  private static boolean isNeutral(int cp) {
    if (cp == 0x200C || cp == 0x200D || cp == 0x25CC) return true;
    int type = Character.getType(cp);
    return Character.isWhitespace(cp)
        || Character.isDigit(cp)
        || type == Character.DASH_PUNCTUATION
        || type == Character.OTHER_PUNCTUATION
        || type == Character.START_PUNCTUATION
        || type == Character.END_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION
        || type == Character.FINAL_QUOTE_PUNCTUATION;
  }
}
