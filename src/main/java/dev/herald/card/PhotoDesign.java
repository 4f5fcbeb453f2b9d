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
      double topBandBottom = safe.y + pillBlock + fit.bounds().getHeight() + gap;
      var focal = FocalPoint.of(photo);
      var placement = Placement.choose(photo.getWidth(), photo.getHeight(), width, height, focal, Subject.find(photo), bottomBandTop,
          topBandBottom);
      PhotoScaler.draw(photo, placement.crop(), canvas, new Rectangle(width, height));
      var scrim = Contrast.scrimFor(theme.text());
      float opacity;
      Rectangle textRegion;
      double backdrop;
      if (!placement.textOnTop()) {
        int regionTop = (int) Math.floor(fit.bounds().getMinY());
        textRegion = new Rectangle(safe.x, regionTop, safe.width, (int) Math.ceil(safe.getMaxY()) - regionTop);
        opacity = Contrast.scrimOpacity(canvas, textRegion, theme.text(), scrim, SCRIM_FLOOR);
        // Full strength from just above the text block; above that an eased ramp to clear, so the scrim
        // reads as light falling off rather than a box pasted on the photo.
        // The darker the veil has to be (a white photo), the longer it fades in, so it never reads as a slab.
        double solidFrom = bottomBandTop;
        Scrim.draw(g, scrim, opacity, Math.max(0, solidFrom - height * Scrim.rampShare(opacity)), solidFrom, width, height);
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
        Scrim.drawFromTop(g, scrim, opacity, solidUntil, Math.min(height, solidUntil + height * Scrim.rampShare(opacity)), width);
        double footerSolid = footerRegion.y - gap;
        Scrim.draw(g, scrim, footerOpacity, Math.max(0, footerSolid - height * 0.12), footerSolid, width, height);
        backdrop = measure ? Math.min(Contrast.worstRatio(canvas, textRegion, theme.text()), Contrast.worstRatio(canvas, footerRegion, theme.text()))
            : Double.NaN;
      }
      double pillTop = fit.bounds().getMinY() - pillBlock;
      CardPainter.drawAccentBar(g, theme.accent(), spec);
      painter.drawPill(g, request.section(), theme, theme.primary(), theme.text(), spec, safe.x, (float) pillTop, safe.width);
      painter.drawHeadline(g, fit, theme.text());
      var footer = painter.drawFooter(g, request.outletName(), request.date(), theme, spec, safe);
      return new Rendering(canvas, fit, safe, textRegion, opacity, focal, false, backdrop, null, CardPainter.pillSize(request, spec), footer,
          placement.subjectOnCard());
    } finally {
      g.dispose();
    }
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
