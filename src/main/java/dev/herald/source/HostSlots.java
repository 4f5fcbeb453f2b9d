package dev.herald.source;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most {@code perHost} requests in flight to one host (per fetcher): the rest wait their turn, in
 * order, up to {@code patience}. OkHttp's dispatcher limit covers only asynchronous calls; the fetcher's
 * are synchronous.
 */
final class HostSlots {

  private final int perHost;
  private final Duration patience;
  private final ConcurrentHashMap<String, Semaphore> hosts = new ConcurrentHashMap<>();

  HostSlots(int perHost, Duration patience) {
    this.perHost = perHost;
    this.patience = patience;
  }

  /** A slot, released on close. */
  interface Slot extends AutoCloseable {
    @Override
    void close();
  }

  Slot take(String host) throws IOException {
    Semaphore slots = hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new Semaphore(perHost, true));
    try {
      if (!slots.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IOException(host + " is busy: " + perHost + " requests to it have been running for " + patience.toSeconds() + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting to reach " + host);
    }
    return slots::release;
  }

  /** Requests now running to {@code host} (for tests and status). */
  int inFlight(String host) {
    Semaphore slots = hosts.get(host.toLowerCase(Locale.ROOT));
    return slots == null ? 0 : perHost - slots.availablePermits();
  }
}
