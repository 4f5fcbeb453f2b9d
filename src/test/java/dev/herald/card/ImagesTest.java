package dev.herald.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import dev.herald.source.Fetcher;
import dev.herald.source.OutboundPolicy;
import javax.imageio.ImageIO;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImagesTest {

  private final MockWebServer server = new MockWebServer();
  private final OkHttpClient client = new OkHttpClient.Builder()
      .readTimeout(java.time.Duration.ofSeconds(2))
      .retryOnConnectionFailure(false)
      .build();

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  // The image host is on loopback, as the outlet's own site is in these tests: it is allowed by name.
  private Fetcher fetcher() {
    return new Fetcher(client, OutboundPolicy.of(List.of(), List.of(server.url("/").toString())));
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  @Test
  void jpegBytesDecodeToAnRgbImage() {
    var image = Images.decode(TestImages.jpeg(TestImages.skyline(800, 450, 1))).orElseThrow();

    assertThat(image.getColorModel().hasAlpha()).isFalse();
    assertThat(image.getColorModel().getNumColorComponents()).isEqualTo(3);
    assertThat(image.getWidth()).isEqualTo(800);
    assertThat(image.getHeight()).isEqualTo(450);
  }

  @Test
  void aTruncatedJpegGivesNoImageSoTheCardIsBrandedNotAHalfGreyPhoto() throws IOException {
    byte[] truncated = Files.readAllBytes(Path.of("src/test/resources/card/truncated-photo.jpg"));

    assertThat(Images.decode(truncated)).isEmpty();
  }

  @Test
  void brokenBytesGiveEmpty() throws IOException {
    var whole = TestImages.jpeg(TestImages.skyline(800, 450, 1));
    var headerOnly = java.util.Arrays.copyOf(whole, 300);
    var cutOff = java.util.Arrays.copyOf(whole, whole.length * 2 / 3);

    assertThat(Images.decode("<html>not an image</html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(Images.decode(new byte[0])).isEmpty();
    assertThat(Images.decode(null)).isEmpty();
    assertThat(Images.decode(Files.readAllBytes(Path.of("src/test/resources/card/broken-header.jpg")))).isEmpty();
    assertThat(Images.decode(headerOnly)).isEmpty();
    // A JPEG cut off mid-scan would decode as a half-grey photo: refused, the card is branded instead.
    assertThat(Images.decode(cutOff)).isEmpty();
  }

  @Test
  void decompressionBombIsRefusedFromItsHeaderAlone() throws IOException {
    var bomb = pngHeaderClaiming(20_000, 20_000);

    assertThat(Images.decode(bomb)).isEmpty();
  }

  @Test
  void bigPhotoIsSubsampledOnRead() {
    var big = Images.decode(TestImages.jpeg(TestImages.white(4400, 2400))).orElseThrow();

    assertThat(big.getWidth()).isEqualTo(2200);
    assertThat(big.getHeight()).isEqualTo(1200);
  }

  @Test
  void greyscaleJpegDecodesToRgb() throws IOException {
    var grey = new BufferedImage(640, 360, BufferedImage.TYPE_BYTE_GRAY);
    var g = grey.createGraphics();
    g.setColor(new java.awt.Color(0x999999));
    g.fillRect(0, 0, 640, 360);
    g.dispose();
    var out = new ByteArrayOutputStream();
    ImageIO.write(grey, "jpeg", out);

    var image = Images.decode(out.toByteArray()).orElseThrow();
    assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
    int p = image.getRGB(320, 180);
    assertThat((p >> 16) & 0xFF).isEqualTo(p & 0xFF).isBetween(0x90, 0xA0);
  }

  @Test
  void fourChannelCmykJpegDecodesThroughItsRaster() throws IOException {
    var raster = java.awt.image.Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, 200, 200, 4, null);
    // Adobe-style inverted CMYK: 255 means no ink, so cyan ink only (C=0) must come out cyan.
    for (int y = 0; y < 200; y++) for (int x = 0; x < 200; x++) raster.setPixel(x, y, new int[] {0, 255, 255, 255});
    var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    var out = new ByteArrayOutputStream();
    try (var stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      writer.write(new javax.imageio.IIOImage(raster, null, null));
    } finally {
      writer.dispose();
    }

    var image = Images.decode(out.toByteArray()).orElseThrow();
    int p = image.getRGB(100, 100);
    assertThat((p >> 16) & 0xFF).as("red").isLessThan(40);
    assertThat((p >> 8) & 0xFF).as("green").isGreaterThan(215);
    assertThat(p & 0xFF).as("blue").isGreaterThan(215);
  }

  @Test
  void transparentPngIsFlattenedOntoWhite() throws IOException {
    var png = new BufferedImage(300, 300, BufferedImage.TYPE_INT_ARGB);
    var out = new ByteArrayOutputStream();
    ImageIO.write(png, "png", out);

    var image = Images.decode(out.toByteArray()).orElseThrow();
    assertThat(image.getColorModel().hasAlpha()).isFalse();
    assertThat(image.getRGB(150, 150) & 0xFFFFFF).isEqualTo(0xFFFFFF);
  }

  @Test
  void fetchDownloadsAndDecodes() {
    server.enqueue(new MockResponse().setHeader("Content-Type", "image/jpeg").setBody(new Buffer().write(TestImages.jpeg(TestImages.skyline(640, 360, 1)))));

    var image = Images.fetch(fetcher(), server.url("/photo.jpg").toString(), 2_000_000);
    assertThat(image).isPresent();
    assertThat(image.get().getWidth()).isEqualTo(640);
  }

  @Test
  void fetchRefusesABodyOverTheByteCap() {
    var bytes = TestImages.jpeg(TestImages.noise(640, 360, 1));
    server.enqueue(new MockResponse().setBody(new Buffer().write(bytes)));
    server.enqueue(new MockResponse().setBody(new Buffer().write(bytes)).setChunkedBody(new Buffer().write(bytes), 4096));

    assertThat(Images.fetch(fetcher(), server.url("/big.jpg").toString(), bytes.length - 1)).isEmpty();
    assertThat(Images.fetch(fetcher(), server.url("/chunked.jpg").toString(), bytes.length - 1)).as("no Content-Length").isEmpty();
  }

  @Test
  void fetchGivesEmptyForErrorsAndDroppedConnections() {
    server.enqueue(new MockResponse().setResponseCode(404).setBody("gone"));
    server.enqueue(new MockResponse().setBody(new Buffer().write(TestImages.jpeg(TestImages.skyline(640, 360, 1))))
        .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    server.enqueue(new MockResponse().setBody("<html>a login page</html>"));

    assertThat(Images.fetch(fetcher(), server.url("/a.jpg").toString(), 1_000_000)).isEmpty();
    assertThat(Images.fetch(fetcher(), server.url("/b.jpg").toString(), 1_000_000)).isEmpty();
    assertThat(Images.fetch(fetcher(), server.url("/c.jpg").toString(), 1_000_000)).isEmpty();
    assertThat(Images.fetch(fetcher(), "not a url", 1_000_000)).isEmpty();
  }

  /** A PNG whose IHDR claims a huge size, followed by a token IDAT: tiny on disk, a bomb if decoded. */
  private static byte[] pngHeaderClaiming(int width, int height) throws IOException {
    var out = new ByteArrayOutputStream();
    var data = new DataOutputStream(out);
    data.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    var ihdr = new ByteArrayOutputStream();
    var ihdrData = new DataOutputStream(ihdr);
    ihdrData.writeInt(width);
    ihdrData.writeInt(height);
    ihdrData.write(new byte[] {8, 2, 0, 0, 0});
    chunk(data, "IHDR", ihdr.toByteArray());
    chunk(data, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
    chunk(data, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(DataOutputStream out, String type, byte[] body) throws IOException {
    out.writeInt(body.length);
    var typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    out.write(typeBytes);
    out.write(body);
    var crc = new CRC32();
    crc.update(typeBytes);
    crc.update(body);
    out.writeInt((int) crc.getValue());
  }
}
