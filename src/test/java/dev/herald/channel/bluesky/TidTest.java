package dev.herald.channel.bluesky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TidTest {

  private static long decode(String tid) {
    long value = 0;
    for (char c : tid.toCharArray()) value = (value << 5) | Tid.ALPHABET.indexOf(c);
    return value;
  }

  @Test
  void encodesTimestampAndClockIdInThirteenSortableCharacters() {
    long micros = Instant.parse("2026-11-27T21:00:00Z").toEpochMilli() * 1000 + 123;
    String tid = Tid.of(micros, 1000);

    assertThat(tid).hasSize(13);
    assertThat(Tid.isValid(tid)).isTrue();
    assertThat(decode(tid) >>> 10).isEqualTo(micros);
    assertThat(decode(tid) & 0x3FF).isEqualTo(1000);
    assertThat(Tid.of(0, 0)).isEqualTo("2222222222222");
    assertThat(Tid.of(micros + 1, 0)).isGreaterThan(Tid.of(micros, 1023));
  }

  @Test
  void thePostsKeyIsTheSameOnEveryResendAndDiffersBetweenPosts() {
    String first = Tid.forPost("herald-42-abc", 42);

    assertThat(Tid.forPost("herald-42-abc", 42)).isEqualTo(first);
    assertThat(Tid.forPost("herald-43-abc", 43)).isNotEqualTo(first);
    assertThat(Tid.isValid(first)).isTrue();
    assertThat(decode(first) & 0x3FF).isEqualTo(42);
    assertThat(decode(first)).isPositive();
  }

  @Test
  void aVersion7UuidKeyGivesATimeOrderedKeyAtItsOwnMillisecond() {
    // 0x0193 6c4a 5e80 = 2026-ish epoch millis in the first 48 bits
    String key = "01936c4a-5e80-7abc-8def-0123456789ab";
    long millis = 0x01936c4a5e80L;

    long micros = decode(Tid.forPost(key, 5)) >>> 10;

    assertThat(micros / 1000).isEqualTo(millis);
  }

  @Test
  void keysWithoutATimestampStillLandInThePast() {
    long micros = decode(Tid.forPost("not-a-uuid", 1)) >>> 10;
    assertThat(micros).isBetween(Instant.parse("2024-01-01T00:00:00Z").toEpochMilli() * 1000,
        Instant.parse("2025-01-01T00:00:00Z").toEpochMilli() * 1000);
  }

  @Test
  void rejectsMalformedKeysAndOutOfRangeTimes() {
    assertThat(Tid.isValid("3jzfcijpj2z2a")).isTrue();
    assertThat(Tid.isValid("3jzfcijpj2z2")).isFalse();
    assertThat(Tid.isValid("zjzfcijpj2z2a")).isFalse();
    assertThat(Tid.isValid("3jzfcijpj2z2A")).isFalse();
    assertThatThrownBy(() -> Tid.of(1L << 53, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
