package dev.herald.source;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * A time budget for work on one outside document, counted in the CPU time of the thread doing it (so
 * a busy machine does not turn a normal page into a timeout; a page built to burn CPU still ends). Parsing and extraction check it as they go (the page
 * is read through {@link #guard}, and long loops call {@link #check}), so a page built to be slow ends
 * with {@link Exceeded} instead of holding a worker thread.
 */
final class Deadline {

  /** The budget is over; whoever started the work falls back (to the feed's own text). */
  static final class Exceeded extends RuntimeException {
    Exceeded(String message) {
      super(message, null, false, false);
    }
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final long endNanos;
  private final Duration budget;

  private Deadline(Duration budget) {
    this.budget = budget;
    this.endNanos = now() + budget.toNanos();
  }

  /** A budget for work done from now on by the calling thread (and checked only by it). */
  static Deadline in(Duration budget) {
    return new Deadline(budget);
  }

  private static long now() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  static Deadline none() {
    return new Deadline(Duration.ofDays(365));
  }

  void check() {
    if (now() - endNanos > 0) {
      throw new Exceeded("reading the page took longer than its " + budget.toMillis() + " ms budget");
    }
  }

  /** {@code bytes} as a stream that checks this deadline on every read (the parser reads in chunks). */
  InputStream guard(byte[] bytes) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        check();
        return super.read(b, off, Math.min(len, 8192));
      }

      @Override
      public synchronized int read() {
        check();
        return super.read();
      }
    };
  }
}
