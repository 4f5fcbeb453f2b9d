package dev.herald.card;

import dev.herald.config.Brand;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Random;
import javax.imageio.ImageIO;

/** Backgrounds drawn in code with a seed, so every test image is reproducible and needs no network. */
final class TestImages {

  static final Brand JAANO = new Brand("#B3122E", "#FFFFFF", null, null, null, null);
  static final LocalDate DATE = LocalDate.of(2024, 4, 27);
  static final String ENGLISH = "'US has evidence of China's interference in elections': Antony Blinken";
  static final String HINDI = "उत्तराखंड के जंगलों में लगी आग नैनीताल तक पहुँची, सेना तैनात";
  static final String LONG = ("Forest fire in Uttarakhand spreads to Nainital as the Army is deployed to help firefighters, "
      + "while officials warn residents of the hill town to stay indoors and tourists are asked to postpone "
      + "their trips until the blaze that has burnt hundreds of hectares of pine forest is fully under control "
      + "says state disaster cell").substring(0, 300);

  private TestImages() {}

  /** A committed public-domain photo (see src/test/resources/card/photos/SOURCES.md), decoded as Herald decodes downloads. */
  static BufferedImage photo(String file) {
    try (var in = TestImages.class.getResourceAsStream("/card/photos/" + file)) {
      if (in == null) throw new IllegalArgumentException("no test photo " + file);
      return Images.decode(in.readAllBytes()).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final String BUSY_PHOTO = "arena-stage-1600x900.jpg";
  static final String PORTRAIT_PHOTO = "astronaut-portrait.jpg";

  static CardRequest request(CardLayout layout, String headline, String section, BufferedImage background) {
    return new CardRequest(layout, headline, section, DATE, "en", background, "Jaano Junction", JAANO, 5_000_000);
  }

  /** A dusk skyline: bright sky, a sun, dark buildings with lit windows, and film grain. */
  static BufferedImage skyline(int w, int h, long seed) {
    return skyline(w, h, seed, 10);
  }

  static BufferedImage skyline(int w, int h, long seed, int grainAmount) {
    var random = new Random(seed);
    var image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    var g = smooth(image);
    g.setPaint(new GradientPaint(0, 0, new Color(0x27, 0x4B, 0x8F), 0, h * 0.75f, new Color(0xF6, 0xB2, 0x6B)));
    g.fillRect(0, 0, w, h);
    g.setColor(new Color(0xFF, 0xE8, 0xB0));
    g.fillOval((int) (w * 0.62), (int) (h * 0.38), w / 9, w / 9);
    for (int x = 0; x < w; ) {
      int bw = w / 30 + random.nextInt(w / 14), bh = (int) (h * (0.2 + random.nextDouble() * 0.45));
      g.setColor(new Color(0x1A + random.nextInt(20), 0x1C + random.nextInt(20), 0x2A + random.nextInt(25)));
      g.fillRect(x, h - bh, bw, bh);
      g.setColor(new Color(0xFF, 0xD8, 0x7A));
      for (int wy = h - bh + 10; wy < h - 10; wy += 18) for (int wx = x + 6; wx < x + bw - 8; wx += 14) if (random.nextInt(3) == 0) g.fillRect(wx, wy, 6, 9);
      x += bw + random.nextInt(6);
    }
    g.dispose();
    return grainAmount == 0 ? image : grain(image, random, grainAmount);
  }

  static BufferedImage white(int w, int h) {
    var image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.dispose();
    return image;
  }

  /** Saturated shapes of every brightness: the hardest case for a single scrim value. */
  static BufferedImage busy(int w, int h, long seed) {
    var random = new Random(seed);
    var image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    var g = smooth(image);
    g.setColor(new Color(0xF0F0E8));
    g.fillRect(0, 0, w, h);
    for (int i = 0; i < 400; i++) {
      g.setColor(new Color(random.nextInt(0x1000000)));
      g.setStroke(new BasicStroke(1 + random.nextInt(8)));
      int x = random.nextInt(w), y = random.nextInt(h), s = 10 + random.nextInt(w / 6);
      switch (random.nextInt(3)) {
        case 0 -> g.fillOval(x, y, s, s);
        case 1 -> g.fillRect(x, y, s, s / 2);
        default -> g.drawLine(x, y, random.nextInt(w), random.nextInt(h));
      }
    }
    g.dispose();
    return image;
  }

  /** Independent random pixels: the worst case for JPEG size. */
  static BufferedImage noise(int w, int h, long seed) {
    var random = new Random(seed);
    var image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    var pixels = new int[w * h];
    for (int i = 0; i < pixels.length; i++) pixels[i] = random.nextInt(0x1000000);
    image.setRGB(0, 0, w, h, pixels, 0, w);
    return image;
  }

  /** Flat grey everywhere except a detailed checkerboard in the right quarter. */
  static BufferedImage detailOnRight(int w, int h) {
    var image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(new Color(0x808080));
    g.fillRect(0, 0, w, h);
    for (int y = 0; y < h; y += 20) for (int x = w * 3 / 4; x < w; x += 20) {
      g.setColor(((x + y) / 20) % 2 == 0 ? Color.BLACK : Color.WHITE);
      g.fillRect(x, y, 20, 20);
    }
    g.dispose();
    return image;
  }

  static byte[] jpeg(BufferedImage image) {
    var out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "jpeg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static Graphics2D smooth(BufferedImage image) {
    var g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    return g;
  }

  private static BufferedImage grain(BufferedImage image, Random random, int amount) {
    int w = image.getWidth(), h = image.getHeight();
    var pixels = image.getRGB(0, 0, w, h, null, 0, w);
    for (int i = 0; i < pixels.length; i++) {
      int d = random.nextInt(2 * amount + 1) - amount, p = pixels[i];
      int r = clamp(((p >> 16) & 0xFF) + d), gr = clamp(((p >> 8) & 0xFF) + d), b = clamp((p & 0xFF) + d);
      pixels[i] = r << 16 | gr << 8 | b;
    }
    image.setRGB(0, 0, w, h, pixels, 0, w);
    return image;
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }
}
