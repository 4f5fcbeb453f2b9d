package dev.herald.card;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled Noto faces plus any brand fonts, loaded once. Fonts are immutable, so one instance
 * is shared by every render thread; derived sizes are cached because deriveFont is not free.
 */
final class CardFonts {

  private static final Logger log = LoggerFactory.getLogger(CardFonts.class);

  final Font latinRegular;
  final Font latinBold;
  final Font devanagariRegular;
  final Font devanagariBold;
  /** Monochrome Noto Emoji: Java2D cannot draw colour-bitmap emoji fonts, and one ink colour suits a headline anyway. */
  final Font emoji;
  private final Map<Path, Font> brandFonts = new ConcurrentHashMap<>();
  private final Map<SizedKey, Font> sized = new ConcurrentHashMap<>();

  private record SizedKey(Font font, float size) {}

  CardFonts() {
    latinRegular = bundled("NotoSans-Regular.ttf");
    latinBold = bundled("NotoSans-Bold.ttf");
    devanagariRegular = bundled("NotoSansDevanagari-Regular.ttf");
    devanagariBold = bundled("NotoSansDevanagari-Bold.ttf");
    emoji = bundled("NotoEmoji-Bold.ttf");
  }

  /** The face set a piece of text is drawn with: a brand face (may be null) before the bundled ones. */
  FontSet headline(Path brandFont) {
    return new FontSet(brand(brandFont), latinBold, devanagariBold, emoji, this);
  }

  FontSet body(Path brandFont, boolean bold) {
    return new FontSet(brand(brandFont), bold ? latinBold : latinRegular, bold ? devanagariBold : devanagariRegular, emoji, this);
  }

  Font sized(Font font, float size) {
    return sized.computeIfAbsent(new SizedKey(font, size), k -> k.font().deriveFont(k.size()));
  }

  /** A brand font that cannot be read is logged once and replaced by the bundled face. */
  private Font brand(Path path) {
    if (path == null) return null;
    var font = brandFonts.computeIfAbsent(path, CardFonts::readBrandFont);
    return font == MISSING ? null : font;
  }

  private static final Font MISSING = new Font(Font.DIALOG, Font.PLAIN, 1);

  private static Font readBrandFont(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException | FontFormatException e) {
      log.warn("brand font {} unreadable ({}); using the bundled Noto Sans", path, e.getMessage());
      return MISSING;
    }
  }

  private static Font bundled(String file) {
    try (InputStream in = CardFonts.class.getResourceAsStream("/fonts/" + file)) {
      if (in == null) throw new IllegalStateException("bundled font missing from the jar: fonts/" + file);
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled font " + file, e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("bundled font is corrupt: " + file, e);
    }
  }
}
