package dev.herald.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import org.junit.jupiter.api.Test;

class FocalPointTest {

  @Test
  void focalPointMovesTowardTheDetailedRegion() {
    var focal = FocalPoint.of(TestImages.detailOnRight(2000, 900));

    assertThat(focal.x).isGreaterThan(0.7);
    assertThat(focal.y).isBetween(0.4, 0.6);
  }

  @Test
  void flatImageKeepsTheCentre() {
    var focal = FocalPoint.of(TestImages.white(1600, 900));

    assertThat(focal).isEqualTo(new Point2D.Double(0.5, 0.5));
  }

  @Test
  void cropSlidesToTheDetailedSideOfAWidePhoto() {
    var photo = TestImages.detailOnRight(2400, 900);
    var crop = PhotoDesign.cropWindow(2400, 900, FocalPoint.of(photo), 1200, 675);

    assertThat(crop.height).isEqualTo(900);
    assertThat(crop.width).isEqualTo(1600);
    assertThat(crop.x).as("crop keeps the detailed right edge").isEqualTo(800);
  }

  @Test
  void centredFocalPointCropsTheMiddle() {
    var crop = PhotoDesign.cropWindow(1600, 1600, new Point2D.Double(0.5, 0.5), 1200, 675);

    assertThat(crop.y).isEqualTo(350);
    assertThat(crop.x).isZero();
  }
}
