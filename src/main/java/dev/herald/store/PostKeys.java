package dev.herald.store;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * The two keys a post carries to the platforms for its whole life, drawn once at enqueue from
 * randomness and stored: an idempotency key (a version-7 UUID) and a record key (an AT Protocol
 * TID). Neither is derived from the article id, which restarts at 1 in every new database: a key
 * reused by a wiped store or a second install on the same account would find another article's post.
 */
public final class PostKeys {

  private static final String TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz";
  private static final long MAX_TID_MICROS = (1L << 53) - 1;
  private static final RandomGenerator RANDOM = new SecureRandom();
  // One poll enqueues all its articles at the same instant: with only the 10 random bits apart, two
  // of them would share a record key about once in a thousand polls. Keys drawn for the instant of
  // the previous draw take the next microsecond instead, as the AT Protocol's own TID clocks do.
  private static long lastWanted = Long.MIN_VALUE;
  private static long lastIssued = Long.MIN_VALUE;

  /** The keys of one post. */
  public record Keys(String idempotencyKey, String recordKey) {}

  private PostKeys() {}

  /** Fresh keys for a post enqueued at {@code now}. */
  public static Keys fresh(Instant now) {
    return fresh(now, RANDOM);
  }

  static Keys fresh(Instant now, RandomGenerator random) {
    return new Keys(uuidV7(now, random).toString(), tid(now, random));
  }

  /** RFC 9562 version 7: 48 bits of Unix milliseconds, then 74 random bits. */
  static UUID uuidV7(Instant now, RandomGenerator random) {
    long millis = now.toEpochMilli() & 0xFFFF_FFFF_FFFFL;
    long high = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
    long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(high, low);
  }

  /**
   * An AT Protocol timestamp identifier: the top bit 0, 53 bits of microseconds since the epoch and
   * a random 10-bit clock id, as 13 characters of base32-sortable.
   */
  static String tid(Instant now, RandomGenerator random) {
    long micros = microsFor(ChronoUnit.MICROS.between(Instant.EPOCH, now));
    if (micros < 0 || micros > MAX_TID_MICROS) throw new IllegalArgumentException("time out of TID range: " + now);
    long value = (micros << 10) | random.nextInt(1 << 10);
    char[] out = new char[13];
    for (int i = 12; i >= 0; i--) {
      out[i] = TID_ALPHABET.charAt((int) (value & 31));
      value >>>= 5;
    }
    return new String(out);
  }

  private static synchronized long microsFor(long wanted) {
    lastIssued = wanted == lastWanted ? lastIssued + 1 : wanted;
    lastWanted = wanted;
    return lastIssued;
  }
}
