package dev.herald.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StripedJpegTest {

  private static final Java2dCardRenderer renderer = new Java2dCardRenderer();

  /** A real photo card, made ready for the JPEG writer as the encoder makes it. */
  private static BufferedImage card(CardLayout layout) {
    var image = renderer.draw(TestImages.request(layout, TestImages.ENGLISH, "World", TestImages.photo(TestImages.BUSY_PHOTO))).image();
    return CardEncoder.asJpegReady(image);
  }

  @ParameterizedTest
  @CsvSource({"LANDSCAPE, 2", "STORY, 2", "SQUARE, 3", "OG, 4"})
  void stripesJoinIntoTheSamePixelsAsOnePassWithTheSameRestarts(CardLayout layout, int stripes) throws IOException {
    var ready = card(layout);
    int interval = (ready.getWidth() + 15) / 16;
    byte[] striped = StripedJpeg.encode(ready.getWidth(), ready.getHeight(), stripes,
        (region, restart) -> CardEncoder.jpeg(ready, 0.9f, region, restart));
    byte[] onePass = CardEncoder.jpeg(ready, 0.9f, null, interval);

    var fromStripes = Images.decode(striped).orElseThrow(); // empty on any decoder warning
    var fromOnePass = Images.decode(onePass).orElseThrow();
    assertThat(fromStripes.getWidth()).isEqualTo(layout.width);
    assertThat(fromStripes.getHeight()).isEqualTo(layout.height);
    assertThat(pixels(fromStripes)).isEqualTo(pixels(fromOnePass));
    // The JDK's own decoder, used by the platforms' Java clients, reads it too.
    assertThat(ImageIO.read(new ByteArrayInputStream(striped)).getHeight()).isEqualTo(layout.height);
    assertThat(restartNumbers(striped)).hasSize((layout.height + 15) / 16 - 1).containsExactlyElementsOf(cycle((layout.height + 15) / 16 - 1));
  }

  @Test
  void oddSizesThatAreNoWholeNumberOfMcusStillJoin() {
    var odd = CardEncoder.asJpegReady(TestImages.skyline(1001, 333, 3, 6));
    byte[] striped = StripedJpeg.encode(1001, 333, 2, (region, restart) -> CardEncoder.jpeg(odd, 0.8f, region, restart));
    var decoded = Images.decode(striped).orElseThrow();
    assertThat(decoded.getWidth()).isEqualTo(1001);
    assertThat(decoded.getHeight()).isEqualTo(333);
    assertThat(GoldenCardTest.meanAbsoluteDifference(decoded, Images.decode(CardEncoder.jpeg(odd, 0.8f, null, 0)).orElseThrow()))
        .isLessThan(0.5);
  }

  @Test
  void theEncoderSplitsOnlyWhatIsWorthAThread() {
    assertThat(StripedJpeg.stripes(675, 1)).isEqualTo(1);
    assertThat(StripedJpeg.stripes(675, 2)).isEqualTo(2);
    assertThat(StripedJpeg.stripes(100, 8)).isEqualTo(1);
    assertThat(StripedJpeg.stripes(1920, 64)).isEqualTo(15);
  }

  @Test
  void restartMarkersAreRenumberedButStuffedBytesAreData() {
    byte[] scan = {0x12, (byte) 0xFF, 0x00, (byte) 0xFF, (byte) 0xD0, 0x34, (byte) 0xFF, (byte) 0xD7, (byte) 0xFF, 0x00};
    StripedJpeg.renumberRestarts(scan, 3);
    assertThat(scan).containsExactly(0x12, 0xFF, 0x00, 0xFF, 0xD3, 0x34, 0xFF, 0xD2, 0xFF, 0x00);
  }

  @Test
  void somethingThatIsNotAJpegIsRefusedLoudly() {
    assertThatThrownBy(() -> StripedJpeg.scanStart(new byte[] {(byte) 0xFF, (byte) 0xD8, 0x00, 0x00, 0x00, 0x00}))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> StripedJpeg.scanEnd(new byte[] {(byte) 0xFF, (byte) 0xD8, 0x01})).isInstanceOf(IllegalStateException.class);
  }

  private static int[] pixels(BufferedImage image) {
    return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
  }

  /** The numbers of the RSTn markers in the file, in order. */
  private static List<Integer> restartNumbers(byte[] jpeg) {
    var numbers = new ArrayList<Integer>();
    for (int i = StripedJpeg.scanStart(jpeg); i + 1 < jpeg.length; i++) {
      if ((jpeg[i] & 0xFF) != 0xFF) continue;
      int next = jpeg[i + 1] & 0xFF;
      if (next >= 0xD0 && next <= 0xD7) numbers.add(next - 0xD0);
      i++;
    }
    return numbers;
  }

  private static List<Integer> cycle(int count) {
    var expected = new ArrayList<Integer>();
    for (int i = 0; i < count; i++) expected.add(i % 8);
    return expected;
  }
}
