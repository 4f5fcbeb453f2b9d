package dev.herald.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 11, point 8, on a real portrait: NASA's public-domain photo of Eileen Collins (512×512), whose
 * face (hand-measured) spans x 0.35–0.57 and y 0.10–0.36 of the photo.
 */
class SubjectPlacementTest {

  private static final Rectangle2D.Double FACE = new Rectangle2D.Double(0.35, 0.10, 0.22, 0.26);
  private static final Java2dCardRenderer renderer = new Java2dCardRenderer(true);
  private static final java.awt.image.BufferedImage PORTRAIT = TestImages.photo(TestImages.PORTRAIT_PHOTO);

  @Test
  void theFaceIsFoundInTheRealPortrait() {
    var subject = Subject.find(PORTRAIT);

    assertThat(subject).isNotNull();
    assertThat(subject.contains(FACE.getCenterX(), FACE.getCenterY())).isTrue();
    assertThat(subject.getWidth()).isLessThan(0.5);
  }

  @Test
  void busyStreetAndMetroPhotosHaveNoPersonToSteerAround() {
    assertThat(Subject.find(TestImages.photo(TestImages.BUSY_PHOTO))).isNull();
    assertThat(Subject.find(TestImages.photo("u-street-metro-portrait.jpg"))).isNull();
    assertThat(Subject.find(TestImages.white(800, 600))).isNull();
  }

  @ParameterizedTest
  @EnumSource(value = CardLayout.class, names = {"LANDSCAPE", "OG", "SQUARE", "PORTRAIT"})
  void theHeadlineDoesNotCoverTheFace(CardLayout layout) {
    var rendering = renderer.draw(TestImages.request(layout, TestImages.ENGLISH, "World", PORTRAIT));

    var face = faceOnCard(rendering, layout);
    assertThat(rendering.headline().bounds().intersects(face)).as("headline %s over face %s", rendering.headline().bounds(), face).isFalse();
    assertThat(face.getMinY()).isGreaterThanOrEqualTo(0);
    assertThat(rendering.backdropContrast()).isGreaterThanOrEqualTo(Contrast.MIN_RATIO);
  }

  @Test
  void onAWideCardTheHeadlineTakesTheColumnBesideThePersonAndTheFaceStaysWhole() {
    var rendering = renderer.draw(TestImages.request(CardLayout.LANDSCAPE, TestImages.ENGLISH, "World", PORTRAIT));
    var face = faceOnCard(rendering, CardLayout.LANDSCAPE);

    assertThat(rendering.headline().bounds().getMinX()).isGreaterThan(face.getMaxX());
    assertThat(visible(face, CardLayout.LANDSCAPE)).isGreaterThan(0.95);
    assertThat(rendering.headline().fontSize()).isGreaterThanOrEqualTo(40f);
    assertThat(rendering.footer().plate().x).isEqualTo(rendering.safeArea().x);
  }

  @Test
  void whenTheSubjectFillsTheBottomTheTextMovesToTheTop() {
    // The person stands in the lower part of the frame and the photo has no room to crop them higher.
    var subject = new Rectangle2D.Double(0.3, 0.55, 0.3, 0.4);

    var placement = Placement.choose(1600, 900, 1200, 675, new Point2D.Double(0.5, 0.5), subject, 400, 280);

    assertThat(placement.textOnTop()).isTrue();
    assertThat(Placement.coveredShare(placement.subjectOnCard(), 0, 280)).isZero();
  }

  @Test
  void aTopPlacedHeadlineStillMeetsTheContrastFloorAndTheFooterStaysAtTheBottom() {
    var photo = new java.awt.image.BufferedImage(1600, 900, java.awt.image.BufferedImage.TYPE_INT_RGB);
    var g = photo.createGraphics();
    g.drawImage(TestImages.white(1600, 900), 0, 0, null);
    // A real face pasted low in a wide frame: no crop of a 16:9 photo on a 16:9 card can lift it.
    g.drawImage(PORTRAIT, 600, 420, 480, 480, null);
    g.dispose();

    var rendering = renderer.draw(TestImages.request(CardLayout.LANDSCAPE, TestImages.ENGLISH, "World", photo));

    assertThat(rendering.headline().bounds().getMaxY()).isLessThan(CardLayout.LANDSCAPE.height / 2.0);
    assertThat(rendering.footer().plate().getMaxY()).isGreaterThan(CardLayout.LANDSCAPE.height * 0.85);
    assertThat(rendering.backdropContrast()).isGreaterThanOrEqualTo(Contrast.MIN_RATIO);
  }

  private static Rectangle2D.Double faceOnCard(Rendering rendering, CardLayout layout) {
    var on = rendering.subject();
    var subject = Subject.find(PORTRAIT);
    double sx = on.getWidth() / subject.getWidth(), sy = on.getHeight() / subject.getHeight();
    return new Rectangle2D.Double(on.getX() + (FACE.x - subject.x) * sx, on.getY() + (FACE.y - subject.y) * sy, FACE.width * sx, FACE.height * sy);
  }

  private static double visible(Rectangle2D face, CardLayout layout) {
    var inside = face.createIntersection(new Rectangle2D.Double(0, 0, layout.width, layout.height));
    return inside.isEmpty() ? 0 : inside.getWidth() * inside.getHeight() / (face.getWidth() * face.getHeight());
  }
}
