package dev.herald.card;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;

/**
 * The card for articles without a usable photo: the brand colour with a soft diagonal light and
 * faint broadcast rings in one corner, a larger headline set high, and the same footer and accent
 * bar as the photo card so both read as one desk's work.
 */
final class BrandedDesign {

  private final CardPainter painter;
  private final boolean measure;

  BrandedDesign(CardPainter painter, boolean measure) {
    this.painter = painter;
    this.measure = measure;
  }

  Rendering paint(BufferedImage canvas, CardRequest request, BrandTheme theme, LayoutSpec spec) {
    var g = CardPainter.graphics(canvas);
    try {
      int width = canvas.getWidth(), height = canvas.getHeight();
      drawBackground(g, theme.primary(), width, height);
      var safe = spec.safeArea();
      var scrim = Contrast.scrimFor(theme.text());
      float opacity = Contrast.scrimOpacity(canvas, safe, theme.text(), scrim, 0f);
      Scrim.draw(canvas, scrim, opacity, 0, 0);
      double backdrop = measure ? Contrast.worstRatio(canvas, safe, theme.text()) : Double.NaN;
      var rule = ruleColor(theme);
      float gap = spec.bodySize() * 0.9f, ruleHeight = Math.max(5, spec.bodySize() * 0.28f);
      g.setColor(rule);
      g.fillRect(safe.x, safe.y, Math.round(spec.bodySize() * 3), Math.round(ruleHeight));
      float pillTop = safe.y + ruleHeight + gap;
      float pillWidth = painter.drawPill(g, request.section(), theme, rule, theme.primary(), spec, safe.x, pillTop, safe.width);
      double headlineTop = pillWidth > 0 ? pillTop + CardPainter.pillHeight(spec) + gap * 1.4 : pillTop;
      double headlineBottom = safe.getMaxY() - spec.footerHeight() - gap * 1.5;
      var box = new HeadlineFitter.Box(safe.x, headlineTop, safe.width, headlineBottom - headlineTop);
      // With no photo to show, the headline may take every line the box holds.
      var sizes = new HeadlineFitter.Sizes(spec.maxSize() * 1.2f, spec.minSize(), spec.maxLines() + 4);
      var fit = painter.fitHeadline(request, theme, box, sizes);
      fit = fit.shifted((headlineBottom - fit.bounds().getMaxY()) * 0.4);
      painter.drawHeadline(g, fit, theme.text());
      var footer = painter.drawFooter(g, request.outletName(), request.date(), request.language(), theme, spec, safe);
      CardPainter.drawAccentBar(g, rule, spec);
      return new Rendering(canvas, fit, safe, safe, opacity, null, true, backdrop, null, CardPainter.pillSize(request, spec), footer);
    } finally {
      g.dispose();
    }
  }

  private static void drawBackground(Graphics2D g, Color primary, int width, int height) {
    g.setPaint(new GradientPaint(0, 0, lighter(primary, 0.10), width, height, BrandTheme.darker(primary, 0.72)));
    g.fillRect(0, 0, width, height);
    // Rings centred off the bottom-right corner: texture that stays out of the headline's way.
    g.setStroke(new BasicStroke(Math.max(2f, width / 540f)));
    g.setColor(new Color(255, 255, 255, 16));
    double cx = width * 1.02, cy = height * 1.05, step = Math.min(width, height) * 0.085;
    for (int i = 1; i <= 9; i++) {
      double r = step * i * 1.6;
      g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }
  }

  /** The accent when it stands out from the brand colour; otherwise the text colour does the job. */
  private static Color ruleColor(BrandTheme theme) {
    return Contrast.ratio(theme.accent().getRGB(), theme.primary().getRGB()) >= 1.6 ? theme.accent() : theme.text();
  }

  private static Color lighter(Color c, double amount) {
    return new Color(
        (int) (c.getRed() + (255 - c.getRed()) * amount),
        (int) (c.getGreen() + (255 - c.getGreen()) * amount),
        (int) (c.getBlue() + (255 - c.getBlue()) * amount));
  }
}
