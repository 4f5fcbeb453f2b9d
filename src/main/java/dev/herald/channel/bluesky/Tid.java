package dev.herald.channel.bluesky;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * AT Protocol timestamp identifiers, the record keys of {@code app.bsky.feed.post}: 64 bits (top
 * bit 0, 53 bits of microseconds since the epoch, 10 bits of clock id) written as 13 characters of
 * base32-sortable. {@link #forPost} is deterministic so a re-send after a crash reuses the same key.
 */
final class Tid {

  static final String ALPHABET = "234567abcdefghijklmnopqrstuvwxyz";
  private static final Pattern SYNTAX = Pattern.compile("^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$");
  private static final long MAX_MICROS = (1L << 53) - 1;
  // Keys without a timestamp of their own land in the year after this instant: a valid, past time.
  private static final long FALLBACK_BASE_MICROS = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli() * 1000;
  private static final long FALLBACK_WINDOW_MICROS = 1L << 44; // about 203 days

  private Tid() {}

  static String of(long micros, int clockId) {
    if (micros < 0 || micros > MAX_MICROS) throw new IllegalArgumentException("micros out of range: " + micros);
    long value = (micros << 10) | (clockId & 0x3FF);
    char[] out = new char[13];
    for (int i = 12; i >= 0; i--) {
      out[i] = ALPHABET.charAt((int) (value & 31));
      value >>>= 5;
    }
    return new String(out);
  }

  static boolean isValid(String tid) {
    return tid != null && SYNTAX.matcher(tid).matches();
  }

  /**
   * The record key of one post. When the idempotency key is a version-7 UUID its millisecond
   * timestamp is used, so keys sort by time; otherwise the time is a hash of the key inside a
   * fixed past window. The clock id is the low 10 bits of the post id.
   */
  static String forPost(String idempotencyKey, long postId) {
    if (idempotencyKey == null) idempotencyKey = "";
    long hash = hash(idempotencyKey + "#" + postId);
    long micros = uuidV7Millis(idempotencyKey)
        .map(millis -> millis * 1000 + Math.floorMod(hash, 1000L))
        .orElseGet(() -> FALLBACK_BASE_MICROS + Math.floorMod(hash, FALLBACK_WINDOW_MICROS));
    return of(micros, (int) (postId & 0x3FF));
  }

  private static Optional<Long> uuidV7Millis(String key) {
    try {
      UUID uuid = UUID.fromString(key.strip());
      if (uuid.version() != 7) return Optional.empty();
      return Optional.of(uuid.getMostSignificantBits() >>> 16);
    } catch (IllegalArgumentException notAUuid) {
      return Optional.empty();
    }
  }

  private static long hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      long value = 0;
      for (int i = 0; i < 8; i++) value = (value << 8) | (digest[i] & 0xFF);
      return value;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
