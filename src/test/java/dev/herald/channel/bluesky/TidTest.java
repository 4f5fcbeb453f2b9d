package dev.herald.channel.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.store.PostKeys;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TidTest {

  private static long decode(String tid) {
    long value = 0;
    for (char c : tid.toCharArray()) value = (value << 5) | Tid.ALPHABET.indexOf(c);
    return value;
  }

  @Test
  void aPostsRecordKeyIsAValidTidCarryingItsEnqueueTimeInMicroseconds() {
    Instant queued = Instant.parse("2026-11-27T21:00:00.123456Z");

    String tid = PostKeys.fresh(queued).recordKey();

    assertThat(tid).hasSize(13);
    assertThat(Tid.isValid(tid)).isTrue();
    assertThat(decode(tid) >>> 10).isEqualTo(ChronoUnit.MICROS.between(Instant.EPOCH, queued));
  }

  @Test
  void recordKeysSortByEnqueueTime() {
    Instant t = Instant.parse("2026-11-27T21:00:00Z");

    assertThat(PostKeys.fresh(t.plusNanos(1000)).recordKey()).isGreaterThan(PostKeys.fresh(t).recordKey());
  }

  @Test
  void postsQueuedInTheSameMicrosecondGetRandomClockIds() {
    Instant t = Instant.parse("2026-11-27T21:00:00Z");
    Set<Long> clockIds = new HashSet<>();
    for (int i = 0; i < 50; i++) clockIds.add(decode(PostKeys.fresh(t).recordKey()) & 0x3FF);

    assertThat(clockIds).as("50 draws of a 10-bit clock id").hasSizeGreaterThan(40);
  }

  @Test
  void postsQueuedInTheSameInstantNeverShareARecordKey() {
    Instant t = Instant.parse("2026-11-27T22:00:00Z");
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < 2_000; i++) keys.add(PostKeys.fresh(t).recordKey());

    assertThat(keys).as("2,000 posts of one poll").hasSize(2_000);
  }

  @Test
  void rejectsMalformedKeys() {
    assertThat(Tid.isValid("3jzfcijpj2z2a")).isTrue();
    assertThat(Tid.isValid("3jzfcijpj2z2")).isFalse();
    assertThat(Tid.isValid("zjzfcijpj2z2a")).isFalse();
    assertThat(Tid.isValid("3jzfcijpj2z2A")).isFalse();
    assertThat(Tid.isValid(null)).isFalse();
  }
}
