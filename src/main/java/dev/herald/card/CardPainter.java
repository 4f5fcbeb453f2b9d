package dev.herald.card;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

/** The pieces both designs share: section pill, headline, footer (logo or name, date), accent bar. */
final class CardPainter {

  static final FontRenderContext FRC = new FontRenderContext(null, true, true);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private final CardFonts fonts;
  private final HeadlineFitter fitter = new HeadlineFitter(FRC);
  private final Map<Path, Optional<BufferedImage>> logos = new ConcurrentHashMap<>();

  CardPainter(CardFonts fonts) {
    this.fonts = fonts;
  }

  CardFonts fonts() {
    return fonts;
  }

  HeadlineFit fitHeadline(String headline, BrandTheme theme, HeadlineFitter.Box box, HeadlineFitter.Sizes sizes) {
    return fitter.fit(headline, fonts.headline(theme.headlineFont()), box, sizes);
  }

  static Graphics2D graphics(BufferedImage canvas) {
    var g = canvas.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    return g;
  }

  void drawHeadline(Graphics2D g, HeadlineFit fit, Color color) {
    g.setColor(color);
    for (int i = 0; i < fit.layouts().size(); i++) fit.layouts().get(i).draw(g, fit.xs().get(i), fit.baselines().get(i));
  }

  /** One line of small type: {@code offset} keeps a negative side bearing inside the margin. */
  record Label(TextLayout layout, float offset) {
    float width() {
      return offset + layout.getAdvance();
    }

    void draw(Graphics2D g, float x, float baseline) {
      layout.draw(g, x + offset, baseline);
    }
  }

  /** A one-line label set to fit {@code maxWidth}, ending in "…" when it has to; null for no text. */
  Label label(String text, BrandTheme theme, boolean bold, float size, double maxWidth) {
    var sizes = new HeadlineFitter.Sizes(size, size, 1);
    var fit = fitter.fit(text, fonts.body(theme.bodyFont(), bold), new HeadlineFitter.Box(0, 0, maxWidth, size * 3), sizes);
    return fit.layouts().isEmpty() ? null : new Label(fit.layouts().get(0), fit.xs().get(0));
  }

  /** Height of the section pill for a layout, so callers can plan around it before drawing. */
  static float pillHeight(LayoutSpec spec) {
    return spec.bodySize() * 1.5f;
  }

  /** Draws the section pill with its top-left at (x, y); returns its width, 0 when there is no section. */
  float drawPill(Graphics2D g, String section, BrandTheme theme, Color fill, Color textColor, LayoutSpec spec, float x, float y,
      double maxWidth) {
    if (section == null || section.isBlank()) return 0;
    float size = spec.bodySize() * 0.78f, height = pillHeight(spec), pad = spec.bodySize() * 0.75f;
    var text = label(section.strip().toUpperCase(Locale.ROOT), theme, true, size, maxWidth - 2 * pad);
    if (text == null) return 0;
    float width = text.width() + 2 * pad;
    g.setColor(fill);
    g.fill(new RoundRectangle2D.Float(x, y, width, height, height, height));
    g.setColor(readableOn(fill, textColor));
    var ink = text.layout().getBounds();
    text.draw(g, x + pad, (float) (y + height / 2 - ink.getCenterY()));
    return width;
  }

  /** The brand text colour when it reads on {@code fill}, else black or white, whichever reads better. */
  static Color readableOn(Color fill, Color preferred) {
    return Contrast.ratio(fill.getRGB(), preferred.getRGB()) >= Contrast.MIN_RATIO ? preferred : Contrast.readableOn(fill);
  }

  /** Logo (or outlet name) on the left, date on the right, inside the footer row of the safe area. */
  void drawFooter(Graphics2D g, String outletName, LocalDate date, BrandTheme theme, LayoutSpec spec, Rectangle safe) {
    float rowHeight = spec.footerHeight(), top = (float) (safe.getMaxY() - rowHeight);
    float baseline = top + rowHeight * 0.72f;
    g.setColor(theme.text());
    double dateWidth = 0;
    if (date != null) {
      var dateText = label(DATE.format(date), theme, false, spec.bodySize() * 0.9f, safe.width / 2.0);
      dateWidth = dateText.width();
      dateText.draw(g, (float) (safe.getMaxX() - dateWidth), baseline);
    }
    double room = safe.width - dateWidth - spec.bodySize() * 2;
    var logo = logo(theme.logo());
    if (logo.isPresent()) {
      drawLogo(g, logo.get(), safe.x, top, rowHeight, room);
      return;
    }
    if (outletName == null || outletName.isBlank()) return;
    var name = label(outletName, theme, true, spec.bodySize(), room);
    if (name != null) name.draw(g, safe.x, baseline);
  }

  private static void drawLogo(Graphics2D g, BufferedImage logo, float x, float top, float rowHeight, double room) {
    double scale = Math.min(rowHeight / logo.getHeight(), room / logo.getWidth());
    int w = (int) Math.round(logo.getWidth() * scale), h = (int) Math.round(logo.getHeight() * scale);
    g.drawImage(logo, Math.round(x), Math.round(top + (rowHeight - h) / 2), w, h, null);
  }

  Optional<BufferedImage> logo(Path path) {
    if (path == null) return Optional.empty();
    return logos.computeIfAbsent(path, CardPainter::readLogo);
  }

  private static Optional<BufferedImage> readLogo(Path path) {
    if (!Files.isReadable(path)) return Optional.empty();
    try {
      return Optional.ofNullable(ImageIO.read(path.toFile()));
    } catch (java.io.IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  static void drawAccentBar(Graphics2D g, Color color, LayoutSpec spec) {
    int h = spec.accentBarHeight();
    g.setColor(color);
    g.fillRect(0, spec.layout().height - h, spec.layout().width, h);
  }
}
