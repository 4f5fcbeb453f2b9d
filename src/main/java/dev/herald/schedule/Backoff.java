package dev.herald.schedule;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter for retryable failures: attempt n waits a random time in
 * [base·2^(n-1) / 2, base·2^(n-1)], capped at {@code max}. A platform's own hint (Retry-After,
 * retry_after, x-rate-limit-reset) is honoured as given, shorter or longer: the platform knows when it
 * will take the post again, and waiting the backoff instead would only delay the news.
 */
public final class Backoff {

  private final Duration base;
  private final Duration max;
  private final RandomGenerator random;

  public Backoff(Duration base, Duration max, RandomGenerator random) {
    if (base.isNegative() || base.isZero()) throw new IllegalArgumentException("base <= 0");
    if (max.compareTo(base) < 0) throw new IllegalArgumentException("max < base");
    this.base = base;
    this.max = max;
    this.random = random;
  }

  /** The wait before attempt {@code attempt + 1}, after {@code attempt} (≥ 1) failed. */
  public Duration delay(int attempt, Optional<Duration> platformHint) {
    if (attempt < 1) throw new IllegalArgumentException("attempt < 1");
    if (platformHint.isPresent() && !platformHint.get().isNegative()) return platformHint.get();
    long ceiling = base.toMillis() << Math.min(attempt - 1, 20);
    ceiling = Math.min(ceiling, max.toMillis());
    long floor = ceiling / 2;
    return Duration.ofMillis(floor + (long) (random.nextDouble() * (ceiling - floor)));
  }
}
