package dev.herald.card;

import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * Where the photo's crop window goes and on which side the headline sits. Without a detected
 * person the crop centres the focal point and the text stays at the bottom. With one, every crop
 * position the photo allows is tried with the text at the bottom and at the top, and the pair that
 * covers least of the person (and cuts least of them off) wins; the bottom and the focal-centred
 * crop win ties, so most cards look as before.
 */
record Placement(Rectangle crop, boolean textOnTop, Rectangle2D subjectOnCard) {

  private static final int STEPS = 24;

  static Placement choose(int photoW, int photoH, int cardW, int cardH, Point2D.Double focal, Rectangle2D.Double subject,
      double bottomBandTop, double topBandBottom) {
    if (subject == null) return new Placement(PhotoDesign.cropWindow(photoW, photoH, focal, cardW, cardH), false, null);
    var centred = PhotoDesign.cropWindow(photoW, photoH, new Point2D.Double(subject.getCenterX(), subject.getCenterY()), cardW, cardH);
    double scale = (double) cardW / centred.width;
    int slack = photoH - centred.height;
    Placement best = null;
    double bestScore = Double.MAX_VALUE;
    for (int step = 0; step <= STEPS; step++) {
      int y = slack <= 0 ? 0 : (int) Math.round((double) slack * step / STEPS);
      var crop = new Rectangle(centred.x, y, centred.width, centred.height);
      var onCard = new Rectangle2D.Double((subject.x * photoW - crop.x) * scale, (subject.y * photoH - crop.y) * scale,
          subject.width * photoW * scale, subject.height * photoH * scale);
      double visible = visibleShare(onCard, cardW, cardH);
      double drift = Math.abs(y - centred.y) / (double) Math.max(1, photoH);
      for (boolean top : new boolean[] {false, true}) {
        double covered = top ? coveredShare(onCard, 0, topBandBottom) : coveredShare(onCard, bottomBandTop, cardH);
        double score = covered + 1.5 * (1 - visible) + 0.2 * drift + (top ? 0.08 : 0);
        if (score < bestScore - 1e-9) {
          bestScore = score;
          best = new Placement(crop, top, onCard);
        }
      }
      if (slack <= 0) break;
    }
    return best;
  }

  /** Share of the subject's box inside the card. */
  private static double visibleShare(Rectangle2D box, int cardW, int cardH) {
    var inside = box.createIntersection(new Rectangle2D.Double(0, 0, cardW, cardH));
    return inside.isEmpty() ? 0 : inside.getWidth() * inside.getHeight() / (box.getWidth() * box.getHeight());
  }

  /** Share of the subject's box between {@code top} and {@code bottom} (the text band's rows). */
  static double coveredShare(Rectangle2D box, double top, double bottom) {
    double overlap = Math.min(box.getMaxY(), bottom) - Math.max(box.getMinY(), top);
    return overlap <= 0 ? 0 : overlap / box.getHeight();
  }
}
