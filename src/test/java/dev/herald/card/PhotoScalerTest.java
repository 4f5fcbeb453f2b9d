package dev.herald.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PhotoScalerTest {

  @Test
  void aColourJpegDecodesToTheSamePixelsAsImageIoButRgbOrdered() throws IOException {
    byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/card/photos/" + TestImages.BUSY_PHOTO));
    var reference = ImageIO.read(new ByteArrayInputStream(bytes));

    var decoded = Images.decode(bytes).orElseThrow();

    assertThat(PhotoScaler.readable(decoded)).isTrue();
    assertThat(decoded.getColorModel()).isSameAs(RgbJpegDestination.SRGB);
    assertThat(GoldenCardTest.meanAbsoluteDifference(reference, decoded)).isZero();
  }

  @Test
  void scalingMatchesJava2dBilinearOnARealPhoto() {
    var photo = TestImages.photo(TestImages.BUSY_PHOTO);
    var crop = new Rectangle(100, 40, 1400, 788);
    var ours = new BufferedImage(1200, 675, BufferedImage.TYPE_INT_RGB);
    var java2d = new BufferedImage(1200, 675, BufferedImage.TYPE_INT_RGB);
    var reference = copyToIntRgb(photo);

    PhotoScaler.draw(photo, crop, ours, new Rectangle(1200, 675));
    var g = java2d.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(reference, 0, 0, 1200, 675, crop.x, crop.y, crop.x + crop.width, crop.y + crop.height, null);
    g.dispose();

    assertThat(GoldenCardTest.meanAbsoluteDifference(ours, java2d)).isLessThan(1.0);
  }

  @Test
  void aTargetPartlyOffTheCanvasIsClippedNotThrown() {
    var photo = TestImages.skyline(400, 300, 2);
    var canvas = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);

    PhotoScaler.draw(photo, new Rectangle(400, 300), canvas, new Rectangle(-50, 50, 300, 200));

    assertThat(canvas.getRGB(199, 99) & 0xFFFFFF).isNotZero();
    assertThat(canvas.getRGB(0, 0) & 0xFFFFFF).isZero();
  }

  @Test
  void theCardEncoderWritesTheSameJpegFromRgbBytesAsFromTheCanvas() throws IOException {
    var canvas = TestImages.skyline(1200, 675, 4);

    var jpeg = CardEncoder.jpeg(canvas, CardEncoder.START_QUALITY);
    var back = ImageIO.read(new ByteArrayInputStream(jpeg));

    assertThat(back.getWidth()).isEqualTo(1200);
    assertThat(GoldenCardTest.meanAbsoluteDifference(canvas, back)).isLessThan(4.0);
  }

  private static BufferedImage copyToIntRgb(BufferedImage photo) {
    var copy = new BufferedImage(photo.getWidth(), photo.getHeight(), BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < photo.getHeight(); y++) for (int x = 0; x < photo.getWidth(); x++) copy.setRGB(x, y, photo.getRGB(x, y));
    return copy;
  }
}
