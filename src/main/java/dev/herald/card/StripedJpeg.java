package dev.herald.card;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One baseline JPEG encoded as horizontal stripes on several cores. Every stripe is a whole number of MCU rows
 * (16 pixel rows at 4:2:0), and every stripe is written with a restart marker after each MCU row (DRI = the MCUs
 * in a row). A restart resets the entropy coder, so the stripes' scans can be joined end to end: the first
 * stripe's headers (its height set to the whole card's), its scan, then each following stripe's scan with its
 * restart markers renumbered to continue the first's (RST0…RST7 cycle). Decoders read the result as any JPEG
 * with restart markers; its pixels are the same as one pass with the same restart interval would give, since
 * 4:2:0 subsampling never reaches across an MCU row.
 */
final class StripedJpeg {

  /** Pixel rows of one MCU row for ImageIO's JPEG writer (YCbCr, luma sampled 2×2). */
  static final int MCU_ROWS = 16;
  static final int MCU_COLUMNS = 16;
  /** Stripes below this many MCU rows each are not worth a thread. */
  private static final int MIN_MCU_ROWS_PER_STRIPE = 8;

  /** Encodes one region of an image at one restart interval (in MCUs) into a complete JPEG file. */
  interface RegionEncoder {
    byte[] encode(Rectangle region, int restartInterval);
  }

  private StripedJpeg() {}

  /** How many stripes an image {@code height} rows tall is worth at {@code cores} cores: 1 means one plain pass. */
  static int stripes(int height, int cores) {
    int mcuRows = (height + MCU_ROWS - 1) / MCU_ROWS;
    return Math.max(1, Math.min(cores, mcuRows / MIN_MCU_ROWS_PER_STRIPE));
  }

  static byte[] encode(int width, int height, int stripes, RegionEncoder encoder) {
    int mcuRows = (height + MCU_ROWS - 1) / MCU_ROWS;
    int interval = (width + MCU_COLUMNS - 1) / MCU_COLUMNS;
    var tasks = new ArrayList<Supplier<byte[]>>(stripes);
    var rowsOf = new int[stripes];
    for (int i = 0; i < stripes; i++) {
      int firstMcuRow = mcuRows * i / stripes, endMcuRow = mcuRows * (i + 1) / stripes;
      int top = firstMcuRow * MCU_ROWS, bottom = Math.min(height, endMcuRow * MCU_ROWS);
      rowsOf[i] = endMcuRow - firstMcuRow;
      var region = new Rectangle(0, top, width, bottom - top);
      tasks.add(() -> encoder.encode(region, interval));
    }
    List<byte[]> parts = CardWorkers.all(tasks);
    return join(parts, rowsOf, height);
  }

  /** The stripes as one file; {@code mcuRows[i]} is the number of restart intervals in stripe i. */
  static byte[] join(List<byte[]> parts, int[] mcuRows, int height) {
    byte[] first = parts.get(0);
    int firstScan = scanStart(first);
    var out = new ByteArrayOutputStream(parts.stream().mapToInt(p -> p.length).sum());
    byte[] headers = java.util.Arrays.copyOf(first, firstScan);
    setHeight(headers, height);
    out.write(headers, 0, headers.length);
    out.write(first, firstScan, scanEnd(first) - firstScan);
    int restarts = mcuRows[0];
    for (int i = 1; i < parts.size(); i++) {
      byte[] part = parts.get(i);
      out.write(0xFF);
      out.write(0xD0 + (restarts - 1 & 7));
      int from = scanStart(part), to = scanEnd(part);
      byte[] scan = java.util.Arrays.copyOfRange(part, from, to);
      renumberRestarts(scan, restarts);
      out.write(scan, 0, scan.length);
      restarts += mcuRows[i];
    }
    out.write(0xFF);
    out.write(0xD9);
    return out.toByteArray();
  }

  /** The offset of the first byte of entropy-coded data: just after the start-of-scan segment. */
  static int scanStart(byte[] jpeg) {
    int at = 2; // after SOI
    while (at + 4 <= jpeg.length) {
      if ((jpeg[at] & 0xFF) != 0xFF) throw new IllegalStateException("not a JPEG segment at byte " + at);
      int marker = jpeg[at + 1] & 0xFF;
      int length = (jpeg[at + 2] & 0xFF) << 8 | jpeg[at + 3] & 0xFF;
      at += 2 + length;
      if (marker == 0xDA) return at;
    }
    throw new IllegalStateException("no start of scan in the JPEG");
  }

  /** The offset of the end-of-image marker that closes a one-scan JPEG. */
  static int scanEnd(byte[] jpeg) {
    int end = jpeg.length - 2;
    if (end < 0 || (jpeg[end] & 0xFF) != 0xFF || (jpeg[end + 1] & 0xFF) != 0xD9) throw new IllegalStateException("the JPEG does not end with EOI");
    return end;
  }

  /** Sets the frame height in the SOF0 segment of {@code headers}. */
  static void setHeight(byte[] headers, int height) {
    int at = 2;
    while (at + 4 <= headers.length) {
      int marker = headers[at + 1] & 0xFF;
      int length = (headers[at + 2] & 0xFF) << 8 | headers[at + 3] & 0xFF;
      if (marker == 0xC0) {
        headers[at + 5] = (byte) (height >> 8);
        headers[at + 6] = (byte) height;
        return;
      }
      at += 2 + length;
    }
    throw new IllegalStateException("no baseline frame header (SOF0) in the JPEG");
  }

  /** Adds {@code by} to every RSTn marker's number in entropy-coded data (0xFF 0x00 is a stuffed data byte). */
  static void renumberRestarts(byte[] scan, int by) {
    for (int i = 0; i + 1 < scan.length; i++) {
      if ((scan[i] & 0xFF) != 0xFF) continue;
      int next = scan[i + 1] & 0xFF;
      if (next >= 0xD0 && next <= 0xD7) scan[i + 1] = (byte) (0xD0 + (next - 0xD0 + by & 7));
      i++;
    }
  }
}
