package dev.herald.card;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;

/**
 * Tall cards (portrait, story) with a wide photo: cover-cropping a 16:9 news photo into 9:16 would
 * keep a third of it, blown up twice. Instead the photo sits in a full-bleed panel at the top and
 * the text block stands on the footer at the bottom; the panel grows down to meet the text (a
 * panorama is cropped at its sides rather than shown as a thin strip), and whatever gap is left is
 * a strongly Gaussian-blurred, darkened extension of the same photo ({@link Blur}).
 */
final class StackedPhotoDesign {

  private static final float SCRIM_FLOOR = 0.45f;
  private static final double MIN_PANEL_SHARE = 0.36, MAX_PANEL_SHARE = 0.75;

  private final CardPainter painter;
  private final boolean measure;

  StackedPhotoDesign(CardPainter painter, boolean measure) {
    this.painter = painter;
    this.measure = measure;
  }

  /** True when a cover crop would throw away too much of this photo on this layout. */
  static boolean suits(CardLayout layout, BufferedImage photo) {
    double cardAspect = (double) layout.width / layout.height, photoAspect = (double) photo.getWidth() / photo.getHeight();
    return layout.height >= layout.width * 1.2 && photoAspect >= cardAspect * 1.6;
  }

  Rendering paint(BufferedImage canvas, CardRequest request, BrandTheme theme, LayoutSpec spec) {
    var g = CardPainter.graphics(canvas);
    try {
      int width = canvas.getWidth(), height = canvas.getHeight();
      var photo = request.background();
      var focal = FocalPoint.of(photo);
      var safe = spec.safeArea();
      float gap = spec.bodySize() * 0.9f;
      boolean hasPill = request.section() != null && !request.section().isBlank();
      double pillBlock = hasPill ? CardPainter.pillHeight(spec) + gap : 0;
      // The text may use everything below the smallest panel; it is then set on the footer.
      double headlineBottom = safe.getMaxY() - spec.footerHeight() - gap * 1.2;
      double headlineTop = height * MIN_PANEL_SHARE + gap * 1.5 + pillBlock;
      var box = new HeadlineFitter.Box(safe.x, headlineTop, safe.width, headlineBottom - headlineTop);
      var fit = painter.fitHeadline(request, theme, box, new HeadlineFitter.Sizes(spec.maxSize(), spec.minSize(), spec.maxLines() + 2));
      fit = fit.shifted(headlineBottom - fit.bounds().getMaxY());
      double pillTop = fit.bounds().getMinY() - pillBlock;
      // The panel may run under the story's profile overlay: it is picture, not text.
      int natural = (int) Math.round((double) width * photo.getHeight() / photo.getWidth());
      int room = (int) Math.floor(pillTop - gap * 1.5);
      int panelHeight = Math.min(room, Math.max(natural, (int) (height * MAX_PANEL_SHARE)));
      panelHeight = Math.max(panelHeight, Math.min(room, (int) (height * MIN_PANEL_SHARE)));
      var panel = new Rectangle(0, 0, width, panelHeight);
      var crop = PhotoDesign.cropWindow(photo.getWidth(), photo.getHeight(), focal, width, height);
      // Only what the panel will not cover is blurred and veiled.
      var field = new Rectangle(0, panelHeight, width, height - panelHeight);
      Blur.backdrop(canvas, photo, crop, width / 22.0, field);
      var textRegion = new Rectangle(safe.x, (int) pillTop, safe.width, (int) Math.ceil(safe.getMaxY() - pillTop));
      var scrim = Contrast.scrimFor(theme.text());
      float opacity = Contrast.scrimOpacity(canvas, textRegion, theme.text(), scrim, SCRIM_FLOOR);
      Scrim.draw(canvas, scrim, opacity, panelHeight, panelHeight);
      double backdrop = measure ? Contrast.worstRatio(canvas, textRegion, theme.text()) : Double.NaN;
      drawPanel(g, canvas, photo, focal, panel, theme, spec);
      CardPainter.drawAccentBar(g, theme.accent(), spec);
      painter.drawPill(g, request.section(), theme, theme.primary(), theme.text(), spec, safe.x, (float) pillTop, safe.width);
      painter.drawHeadline(g, fit, theme.text());
      var footer = painter.drawFooter(g, request.outletName(), request.date(), request.language(), theme, spec, safe);
      return new Rendering(canvas, fit, safe, textRegion, opacity, focal, false, backdrop, panel, CardPainter.pillSize(request, spec), footer);
    } finally {
      g.dispose();
    }
  }

  /** The sharp photo, with an accent rule under it that seals the seam to the blurred field. */
  private static void drawPanel(Graphics2D g, BufferedImage canvas, BufferedImage photo, Point2D.Double focal, Rectangle panel,
      BrandTheme theme, LayoutSpec spec) {
    var crop = PhotoDesign.cropWindow(photo.getWidth(), photo.getHeight(), focal, panel.width, panel.height);
    PhotoScaler.draw(photo, crop, canvas, panel);
    g.setColor(theme.accent());
    g.fillRect(panel.x, panel.y + panel.height, panel.width, spec.accentBarHeight());
  }
}
