package dev.herald.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** Issue 11, point 13: the backgrounds of tall cards and of bright photos. */
class TallCardBackdropTest {

  private static final Java2dCardRenderer renderer = new Java2dCardRenderer(true);
  private static final BufferedImage PHOTO = TestImages.photo(TestImages.BUSY_PHOTO);

  @Test
  void theBlurredFieldIsSmoothNotBlocky() {
    var rendering = renderer.draw(TestImages.request(CardLayout.STORY, TestImages.ENGLISH, "World", PHOTO));
    var image = rendering.image();
    // A strip of the field between the panel and the text: no step between neighbouring pixels that a
    // 16-px block upscale would leave at its block edges.
    int y0 = rendering.photoPanel().height + 20, y1 = (int) rendering.textRegion().getY() - 4;
    int x = 20;
    int worstStep = 0;
    for (int y = y0; y < Math.max(y0 + 1, y1); y++) worstStep = Math.max(worstStep, step(image.getRGB(x, y), image.getRGB(x, y + 1)));
    for (int xx = 0; xx < image.getWidth() - 1; xx++) worstStep = Math.max(worstStep, step(image.getRGB(xx, y0), image.getRGB(xx + 1, y0)));
    assertThat(worstStep).isLessThanOrEqualTo(3);
  }

  @Test
  void aGaussianKernelIsNormalisedAndBellShaped() {
    var kernel = Blur.kernel(5.4);
    double sum = 0;
    for (double k : kernel) sum += k;

    assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(kernel[kernel.length / 2]).isGreaterThan(kernel[kernel.length / 2 + 3]).isGreaterThan(kernel[kernel.length - 1]);
  }

  @Test
  void theStoryCardsBottomFifthCarriesTheBrandAndThePhotoReachesTheText() {
    var rendering = renderer.draw(TestImages.request(CardLayout.STORY, "Sensex closes higher", "Business", PHOTO));
    int height = CardLayout.STORY.height;

    assertThat(rendering.footer().plate().getMinY()).isGreaterThan(height * 0.8);
    // A short headline stands on the footer and the photo panel grows down to meet it.
    double gapBetween = rendering.textRegion().getY() - rendering.photoPanel().getMaxY();
    assertThat(gapBetween).isLessThan(height * 0.06);
    assertThat(rendering.backdropContrast()).isGreaterThanOrEqualTo(Contrast.MIN_RATIO);
  }

  @Test
  void aPanoramaIsNotAThinStripOnAStory() {
    var panorama = new BufferedImage(2400, 600, BufferedImage.TYPE_INT_RGB);
    var g = panorama.createGraphics();
    g.drawImage(PHOTO, 0, 0, 2400, 600, 0, 300, 1600, 700, null);
    g.dispose();

    var rendering = renderer.draw(TestImages.request(CardLayout.STORY, TestImages.ENGLISH, "World", panorama));

    assertThat(rendering.photoPanel().height).isGreaterThanOrEqualTo((int) (CardLayout.STORY.height * 0.36));
  }

  @Test
  void aWhitePhotoGetsASmoothVeilNotAGreySlab() {
    var rendering = renderer.draw(TestImages.request(CardLayout.LANDSCAPE, TestImages.ENGLISH, "World", TestImages.white(1600, 900)));
    var image = rendering.image();
    int x = image.getWidth() - 20;
    int worstStep = 0, darkest = 255;
    for (int y = 0; y < image.getHeight() - LayoutSpec.of(CardLayout.LANDSCAPE).accentBarHeight() - 1; y++) {
      worstStep = Math.max(worstStep, step(image.getRGB(x, y), image.getRGB(x, y + 1)));
      darkest = Math.min(darkest, image.getRGB(x, y) & 0xFF);
    }

    assertThat(darkest).as("the veil is there").isLessThan(160);
    assertThat(worstStep).as("largest jump between neighbouring rows").isLessThanOrEqualTo(2);
    assertThat(rendering.backdropContrast()).isGreaterThanOrEqualTo(Contrast.MIN_RATIO);
  }

  private static int step(int a, int b) {
    int worst = 0;
    for (int shift = 0; shift <= 16; shift += 8) worst = Math.max(worst, Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)));
    return worst;
  }
}
