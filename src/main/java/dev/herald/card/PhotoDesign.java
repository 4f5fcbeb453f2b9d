package dev.herald.card;

import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;

/**
 * The photo card: the article image cover-cropped around its focal point, a scrim rising from the
 * bottom under a bottom-anchored text block (pill, headline, footer), and the brand's accent bar.
 * The scrim's strength is solved from the pixels behind the text, so a white sky gets a darker
 * scrim than a night street.
 */
final class PhotoDesign {

  /** Even a dark photo gets some scrim: it separates text from texture, not just dark from light. */
  private static final float SCRIM_FLOOR = 0.35f;

  private final CardPainter painter;
  private final boolean measure;

  PhotoDesign(CardPainter painter, boolean measure) {
    this.painter = painter;
    this.measure = measure;
  }

  Rendering paint(BufferedImage canvas, CardRequest request, BrandTheme theme, LayoutSpec spec) {
    var g = CardPainter.graphics(canvas);
    try {
      var photo = request.background();
      int width = canvas.getWidth(), height = canvas.getHeight();
      var safe = spec.safeArea();
      float gap = spec.bodySize() * 0.9f;
      double headlineBottom = safe.getMaxY() - spec.footerHeight() - gap * 1.2;
      var box = new HeadlineFitter.Box(safe.x, headlineBottom - spec.maxHeadlineHeight(), safe.width, spec.maxHeadlineHeight());
      var sizes = new HeadlineFitter.Sizes(spec.maxSize(), spec.minSize(), spec.maxLines());
      var fit = painter.fitHeadline(request, theme, box, sizes);
      fit = fit.shifted(headlineBottom - fit.bounds().getMaxY());
      boolean hasPill = request.section() != null && !request.section().isBlank();
      double pillBlock = hasPill ? gap + CardPainter.pillHeight(spec) : 0;
      double bottomBandTop = fit.bounds().getMinY() - pillBlock - gap;
      double firstBandTop = bottomBandTop;
      double topBandBottom = safe.y + pillBlock + fit.bounds().getHeight() + gap;
      var focal = FocalPoint.of(photo);
      var placement = Placement.choose(photo.getWidth(), photo.getHeight(), width, height, focal, Subject.find(photo), firstBandTop,
          topBandBottom);
      PhotoScaler.draw(photo, placement.crop(), canvas, new Rectangle(width, height));
      var scrim = Contrast.scrimFor(theme.text());
      float opacity;
      Rectangle textRegion;
      double backdrop;
      var column = placement.textOnTop() ? null : sideColumn(request, theme, spec, safe, placement.subjectOnCard(), bottomBandTop, headlineBottom,
          pillBlock, gap);
      if (column != null) {
        // The person is too big to clear the bottom band: the headline takes the column beside them,
        // under a veil that covers that column (feathered at its inner edge) and the footer row only.
        fit = column.fit();
        bottomBandTop = fit.bounds().getMinY() - pillBlock - gap;
        var area = column.area();
        int regionTop = (int) Math.floor(fit.bounds().getMinY());
        textRegion = new Rectangle(area.x, regionTop, area.width, (int) Math.ceil(safe.getMaxY()) - regionTop);
        var footerRegion = new Rectangle(safe.x, (int) Math.floor(safe.getMaxY() - spec.footerHeight()), safe.width,
            (int) Math.ceil(spec.footerHeight()));
        opacity = Contrast.scrimOpacity(canvas, textRegion, theme.text(), scrim, SCRIM_FLOOR);
        float footerOpacity = Contrast.scrimOpacity(canvas, footerRegion, theme.text(), scrim, SCRIM_FLOOR);
        double footerSolid = footerRegion.y - gap;
        Scrim.draw(canvas, scrim, footerOpacity, Math.max(0, footerSolid - height * 0.12), footerSolid);
        double solidFrom = bottomBandTop;
        Scrim.drawColumn(canvas, scrim, opacity, area.x, area.width, column.onRight(), (int) (gap * 4),
            Math.max(0, solidFrom - height * Scrim.rampShare(opacity)), solidFrom);
        backdrop = measure ? Math.min(Contrast.worstRatio(canvas, textRegion, theme.text()), Contrast.worstRatio(canvas, footerRegion, theme.text()))
            : Double.NaN;
      } else if (!placement.textOnTop()) {
        int regionTop = (int) Math.floor(fit.bounds().getMinY());
        textRegion = new Rectangle(safe.x, regionTop, safe.width, (int) Math.ceil(safe.getMaxY()) - regionTop);
        opacity = Contrast.scrimOpacity(canvas, textRegion, theme.text(), scrim, SCRIM_FLOOR);
        // Full strength from just above the text block; above that an eased ramp to clear, so the scrim
        // reads as light falling off rather than a box pasted on the photo.
        // The darker the veil has to be (a white photo), the longer it fades in, so it never reads as a slab.
        double solidFrom = bottomBandTop;
        Scrim.draw(canvas, scrim, opacity, Math.max(0, solidFrom - height * Scrim.rampShare(opacity)), solidFrom);
        backdrop = measure ? Contrast.worstRatio(canvas, textRegion, theme.text()) : Double.NaN;
      } else {
        // The subject fills the lower card: pill and headline go to the top under a veil falling from
        // the top edge; the footer keeps its row at the bottom with a shallow veil of its own.
        fit = fit.shifted(safe.y + pillBlock - fit.bounds().getMinY());
        int regionBottom = (int) Math.ceil(fit.bounds().getMaxY());
        textRegion = new Rectangle(safe.x, safe.y, safe.width, regionBottom - safe.y);
        var footerRegion = new Rectangle(safe.x, (int) Math.floor(safe.getMaxY() - spec.footerHeight()), safe.width,
            (int) Math.ceil(spec.footerHeight()));
        opacity = Contrast.scrimOpacity(canvas, textRegion, theme.text(), scrim, SCRIM_FLOOR);
        float footerOpacity = Contrast.scrimOpacity(canvas, footerRegion, theme.text(), scrim, SCRIM_FLOOR);
        double solidUntil = fit.bounds().getMaxY() + gap;
        Scrim.drawFromTop(canvas, scrim, opacity, solidUntil, Math.min(height, solidUntil + height * Scrim.rampShare(opacity)));
        double footerSolid = footerRegion.y - gap;
        Scrim.draw(canvas, scrim, footerOpacity, Math.max(0, footerSolid - height * 0.12), footerSolid);
        backdrop = measure ? Math.min(Contrast.worstRatio(canvas, textRegion, theme.text()), Contrast.worstRatio(canvas, footerRegion, theme.text()))
            : Double.NaN;
      }
      double pillTop = fit.bounds().getMinY() - pillBlock;
      CardPainter.drawAccentBar(g, theme.accent(), spec);
      float pillX = column == null ? safe.x : column.area().x;
      painter.drawPill(g, request.section(), theme, theme.primary(), theme.text(), spec, pillX, (float) pillTop,
          column == null ? safe.width : column.area().width);
      painter.drawHeadline(g, fit, theme.text());
      var footer = painter.drawFooter(g, request.outletName(), request.date(), request.language(), theme, spec, safe);
      return new Rendering(canvas, fit, safe, textRegion, opacity, focal, false, backdrop, null, CardPainter.pillSize(request, spec), footer,
          placement.subjectOnCard());
    } finally {
      g.dispose();
    }
  }

  /** The headline set in a column beside the person, and where that column is. */
  record Column(HeadlineFit fit, Rectangle area, boolean onRight) {}

  /** Below this share of the person covered by the bottom band, the full-width headline stays. */
  private static final double COVER_TOLERATED = 0.2;

  /**
   * A column on the far side of the person, when the bottom band would cover too much of them and
   * the free side is at least a third of the safe width; null when the full-width headline should stay
   * (nobody covered, no room beside them, or the headline would only fit there cut short).
   */
  private Column sideColumn(CardRequest request, BrandTheme theme, LayoutSpec spec, Rectangle safe, java.awt.geom.Rectangle2D subject,
      double bandTop, double headlineBottom, double pillBlock, float gap) {
    if (subject == null || Placement.coveredShare(subject, bandTop, spec.layout().height) <= COVER_TOLERATED) return null;
    double leftRoom = subject.getMinX() - gap - safe.x, rightRoom = safe.getMaxX() - subject.getMaxX() - gap;
    boolean onRight = rightRoom >= leftRoom;
    double room = Math.max(leftRoom, rightRoom);
    if (room < safe.width * 0.34) return null;
    int x = (int) Math.ceil(onRight ? safe.getMaxX() - room : safe.x);
    var area = new Rectangle(x, safe.y, (int) Math.floor(room), safe.height);
    double tall = headlineBottom - safe.y - pillBlock - gap;
    var box = new HeadlineFitter.Box(area.x, headlineBottom - tall, area.width, tall);
    var fit = painter.fitHeadline(request, theme, box, new HeadlineFitter.Sizes(spec.maxSize(), spec.minSize(), spec.maxLines() + 3));
    fit = fit.shifted(headlineBottom - fit.bounds().getMaxY());
    if (fit.truncated() || fit.bounds().intersects(subject)) return null;
    return new Column(fit, area, onRight);
  }

  /** Scales the photo to cover the card and slides the crop window toward the focal point. */
  static void drawCover(BufferedImage canvas, BufferedImage photo, Point2D.Double focal) {
    int width = canvas.getWidth(), height = canvas.getHeight();
    var crop = cropWindow(photo.getWidth(), photo.getHeight(), focal, width, height);
    PhotoScaler.draw(photo, crop, canvas, new Rectangle(0, 0, width, height));
  }

  /** The part of a {@code photoW}×{@code photoH} photo that covers the card, centred on the focal point where it can be. */
  static Rectangle cropWindow(int photoW, int photoH, Point2D.Double focal, int width, int height) {
    double scale = Math.max((double) width / photoW, (double) height / photoH);
    int cropW = (int) Math.min(photoW, Math.round(width / scale)), cropH = (int) Math.min(photoH, Math.round(height / scale));
    double x = clamp(focal.x * photoW - cropW / 2.0, 0, photoW - cropW);
    double y = clamp(focal.y * photoH - cropH / 2.0, 0, photoH - cropH);
    return new Rectangle((int) Math.round(x), (int) Math.round(y), cropW, cropH);
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}
