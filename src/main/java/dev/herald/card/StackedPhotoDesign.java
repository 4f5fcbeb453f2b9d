package dev.herald.card;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Tall cards (portrait, story) with a wide photo: cover-cropping a 16:9 news photo into 9:16 would
 * keep a third of it, blown up twice. Instead the whole photo sits in a full-bleed panel at the top,
 * and below it a blurred, darkened extension of the same photo carries the text.
 */
final class StackedPhotoDesign {

  /**
   * Halving four times (each halving is an exact 2×2 average) and scaling back up is a cheap,
   * smooth blur: no convolution over two million pixels.
   */
  private static final int BLUR_HALVINGS = 4;
  private static final float SCRIM_FLOOR = 0.45f;
  private static final double MAX_PANEL_SHARE = 0.5;

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
      drawBlurredBackdrop(canvas, photo, focal);
      // The panel may run under the story's profile overlay: it is picture, not text.
      int panelTop = 0;
      int panelHeight = (int) Math.min(height * MAX_PANEL_SHARE, Math.round((double) width * photo.getHeight() / photo.getWidth()));
      var safe = spec.safeArea();
      float gap = spec.bodySize() * 0.9f;
      double pillTop = panelTop + panelHeight + gap * 1.5;
      boolean hasPill = request.section() != null && !request.section().isBlank();
      double headlineTop = hasPill ? pillTop + CardPainter.pillHeight(spec) + gap : pillTop;
      double headlineBottom = safe.getMaxY() - spec.footerHeight() - gap * 1.2;
      var box = new HeadlineFitter.Box(safe.x, headlineTop, safe.width, headlineBottom - headlineTop);
      var fit = painter.fitHeadline(request, theme, box, new HeadlineFitter.Sizes(spec.maxSize(), spec.minSize(), spec.maxLines() + 2));
      // A short headline would hug the panel over an empty field; lower the group a third of the slack.
      double lower = Math.max(0, headlineBottom - fit.bounds().getMaxY()) / 3;
      fit = fit.shifted(lower);
      pillTop += lower;
      var textRegion = new Rectangle(safe.x, (int) pillTop, safe.width, (int) Math.ceil(safe.getMaxY() - pillTop));
      var scrim = Contrast.scrimFor(theme.text());
      float opacity = Contrast.scrimOpacity(canvas, textRegion, theme.text(), scrim, SCRIM_FLOOR);
      Scrim.draw(g, scrim, opacity, 0, 0, width, height);
      double backdrop = measure ? Contrast.worstRatio(canvas, textRegion, theme.text()) : Double.NaN;
      var panel = new Rectangle(0, panelTop, width, panelHeight);
      drawPanel(g, canvas, photo, focal, panel, theme, spec);
      CardPainter.drawAccentBar(g, theme.accent(), spec);
      painter.drawPill(g, request.section(), theme, theme.primary(), theme.text(), spec, safe.x, (float) pillTop, safe.width);
      painter.drawHeadline(g, fit, theme.text());
      var footer = painter.drawFooter(g, request.outletName(), request.date(), theme, spec, safe);
      return new Rendering(canvas, fit, safe, textRegion, opacity, focal, false, backdrop, panel, CardPainter.pillSize(request, spec), footer);
    } finally {
      g.dispose();
    }
  }

  /** The sharp photo, with an accent rule under it that seals the seam to the blurred field. */
  private static void drawPanel(Graphics2D g, BufferedImage canvas, BufferedImage photo, java.awt.geom.Point2D.Double focal, Rectangle panel,
      BrandTheme theme, LayoutSpec spec) {
    var crop = PhotoDesign.cropWindow(photo.getWidth(), photo.getHeight(), focal, panel.width, panel.height);
    PhotoScaler.draw(photo, crop, canvas, panel);
    g.setColor(theme.accent());
    g.fillRect(panel.x, panel.y + panel.height, panel.width, spec.accentBarHeight());
  }

  private static void drawBlurredBackdrop(BufferedImage canvas, BufferedImage photo, java.awt.geom.Point2D.Double focal) {
    int width = canvas.getWidth(), height = canvas.getHeight();
    int w = Math.max(1, width / 2), h = Math.max(1, height / 2);
    var small = scaled(null, w, h);
    PhotoDesign.drawCover(small, photo, focal);
    for (int i = 1; i < BLUR_HALVINGS; i++) small = scaled(small, Math.max(1, small.getWidth() / 2), Math.max(1, small.getHeight() / 2));
    PhotoScaler.draw(small, new Rectangle(small.getWidth(), small.getHeight()), canvas, new Rectangle(width, height));
  }

  private static BufferedImage scaled(BufferedImage source, int w, int h) {
    var target = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    if (source == null) return target;
    var g = target.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(source, 0, 0, w, h, null);
    g.dispose();
    return target;
  }
}
