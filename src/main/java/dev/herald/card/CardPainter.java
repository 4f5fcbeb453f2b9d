package dev.herald.card;

import dev.herald.i18n.Strings;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

/** The pieces both designs share: section pill, headline, footer (logo or name, date), accent bar. */
final class CardPainter {

  static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  private final CardFonts fonts;
  private final HeadlineFitter fitter = new HeadlineFitter(FRC);
  private final Map<Path, Optional<BufferedImage>> logos = new ConcurrentHashMap<>();

  CardPainter(CardFonts fonts) {
    this.fonts = fonts;
  }

  CardFonts fonts() {
    return fonts;
  }

  HeadlineFit fitHeadline(CardRequest request, BrandTheme theme, HeadlineFitter.Box box, HeadlineFitter.Sizes sizes) {
    return fitter.fitHeadline(request.headline(), request.shortHeadlines(), fonts.headline(theme.headlineFont()), box, sizes);
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

  /** The pill's type size on this card, 0 when the request has no section. */
  static float pillSize(CardRequest request, LayoutSpec spec) {
    return request.section() == null || request.section().isBlank() ? 0 : spec.labelSize();
  }

  /** Height of the section pill for a layout, so callers can plan around it before drawing. */
  static float pillHeight(LayoutSpec spec) {
    return spec.labelSize() * 1.6f;
  }

  /** Draws the section pill with its top-left at (x, y); returns its width, 0 when there is no section. */
  float drawPill(Graphics2D g, String section, BrandTheme theme, Color fill, Color textColor, LayoutSpec spec, float x, float y,
      double maxWidth) {
    if (section == null || section.isBlank()) return 0;
    float size = spec.labelSize(), height = pillHeight(spec), pad = spec.labelSize() * 0.65f;
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

  /**
   * Where the brand went: the plate behind the wordmark or logo, its colour and the wordmark's, and
   * the date's type size (0 when there is no date) and the date as written (null when none).
   */
  record Footer(Rectangle plate, Color plateColor, Color markColor, float dateSize, String date) {}

  /** The brand plate is at least this share of the card's width, so the outlet reads at a glance. */
  static final double MIN_PLATE_SHARE = 0.08;

  /**
   * The brand on a contrasting plate on the left, the date on the right, inside the footer row of
   * the safe area. The plate is white with the wordmark in the brand colour (or black when the brand
   * colour does not read on white); a logo that is itself light gets a near-black plate instead.
   */
  Footer drawFooter(Graphics2D g, String outletName, LocalDate date, String language, BrandTheme theme, LayoutSpec spec,
      Rectangle safe) {
    float rowHeight = spec.footerHeight(), top = (float) (safe.getMaxY() - rowHeight), size = spec.labelSize();
    double dateWidth = 0;
    float dateSize = 0;
    String dateShown = null;
    if (date != null) {
      // As the article's language writes it: "2 Dec 2026", "2 दिसंबर 2026".
      var dateText = label(Strings.of(language).date(date), theme, true, size, safe.width / 2.0);
      if (dateText != null) {
        dateWidth = dateText.width();
        dateSize = size;
        dateShown = Strings.of(language).date(date);
        g.setColor(theme.text());
        var ink = dateText.layout().getBounds();
        dateText.draw(g, (float) (safe.getMaxX() - dateWidth), (float) (top + rowHeight / 2 - ink.getCenterY()));
      }
    }
    double room = safe.width - dateWidth - size * 2;
    var logo = logo(theme.logo());
    var plateColor = logo.isPresent() && isLight(logo.get()) ? PLATE_DARK : Color.WHITE;
    var markColor = readableOn(plateColor, theme.primary());
    float pad = size * 0.7f, minWidth = (float) (spec.layout().width * MIN_PLATE_SHARE);
    if (logo.isPresent()) {
      var image = logo.get();
      float inner = rowHeight - pad;
      double scale = Math.min(inner / image.getHeight(), (room - 2 * pad) / image.getWidth());
      int w = (int) Math.round(image.getWidth() * scale), h = (int) Math.round(image.getHeight() * scale);
      var plate = plate(g, plateColor, safe.x, top, Math.max(minWidth, w + 2 * pad), rowHeight);
      g.drawImage(image, (int) Math.round(plate.getCenterX() - w / 2.0), Math.round(top + (rowHeight - h) / 2), w, h, null);
      return new Footer(plate, plateColor, markColor, dateSize, dateShown);
    }
    if (outletName == null || outletName.isBlank()) return new Footer(null, plateColor, markColor, dateSize, dateShown);
    var name = label(outletName, theme, true, size * 1.05f, room - 2 * pad);
    if (name == null) return new Footer(null, plateColor, markColor, dateSize, dateShown);
    var plate = plate(g, plateColor, safe.x, top, Math.max(minWidth, name.width() + 2 * pad), rowHeight);
    g.setColor(markColor);
    var ink = name.layout().getBounds();
    name.draw(g, (float) (plate.getCenterX() - name.width() / 2), (float) (top + rowHeight / 2 - ink.getCenterY()));
    return new Footer(plate, plateColor, markColor, dateSize, dateShown);
  }

  static final Color PLATE_DARK = new Color(0x16, 0x16, 0x18);

  private static Rectangle plate(Graphics2D g, Color color, float x, float y, float width, float height) {
    var plate = new Rectangle(Math.round(x), Math.round(y), Math.round(width), Math.round(height));
    g.setColor(color);
    float radius = height * 0.22f;
    g.fill(new RoundRectangle2D.Float(plate.x, plate.y, plate.width, plate.height, radius, radius));
    return plate;
  }

  /** True when a logo's visible pixels are mostly light, so it needs a dark plate to show. */
  static boolean isLight(BufferedImage logo) {
    double sum = 0, weight = 0;
    int stepX = Math.max(1, logo.getWidth() / 64), stepY = Math.max(1, logo.getHeight() / 64);
    for (int y = 0; y < logo.getHeight(); y += stepY) {
      for (int x = 0; x < logo.getWidth(); x += stepX) {
        int argb = logo.getRGB(x, y);
        double alpha = (argb >>> 24) / 255.0;
        sum += alpha * Contrast.luminance(argb);
        weight += alpha;
      }
    }
    return weight > 0 && sum / weight > 0.6;
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
