package dev.herald.card;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Spreads one card's big pixel passes, and one article's layouts, over the machine's cores. The calling
 * thread always works too: it hands the pieces to a small pool (one thread fewer than the cores) and runs
 * every piece no pool thread has started yet itself, so nested use (a layout rendered on a pool thread
 * splitting its own scaling) never waits on a queue and never deadlocks, and a busy pool only means the
 * caller does the work alone.
 */
final class CardWorkers {

  private static final int CORES = Runtime.getRuntime().availableProcessors();
  private static final AtomicInteger NEXT = new AtomicInteger();
  private static final ExecutorService POOL = Executors.newFixedThreadPool(Math.max(1, CORES - 1), task -> {
    var thread = new Thread(task, "herald-card-" + NEXT.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  });

  private CardWorkers() {}

  /** How many pieces a pass is worth cutting into: one per core. */
  static int parallelism() {
    return CORES;
  }

  /** Runs every task, in parallel where cores are free; returns their results in order. Rethrows the first failure. */
  static <T> List<T> all(List<Supplier<T>> tasks) {
    if (tasks.size() <= 1 || CORES == 1) return tasks.stream().map(Supplier::get).toList();
    var pieces = new ArrayList<Piece<T>>(tasks.size());
    for (var task : tasks) pieces.add(new Piece<>(task));
    // Every piece after the first goes to the pool; the caller starts on the first and then takes what is left.
    for (int i = 1; i < pieces.size(); i++) pieces.get(i).offer();
    for (var piece : pieces) piece.runHere();
    var results = new ArrayList<T>(pieces.size());
    for (var piece : pieces) results.add(piece.result());
    return results;
  }

  /** Runs both, in parallel where a core is free. */
  static void both(Runnable first, Runnable second) {
    all(List.<Supplier<Void>>of(() -> {
      first.run();
      return null;
    }, () -> {
      second.run();
      return null;
    }));
  }

  /** One task, run exactly once: by a pool thread if one gets to it first, else by the caller. */
  private static final class Piece<T> {
    private final Supplier<T> task;
    private final AtomicBoolean taken = new AtomicBoolean();
    private Future<T> pooled;
    private T result;
    private RuntimeException failure;
    private Error error;

    Piece(Supplier<T> task) {
      this.task = task;
    }

    void offer() {
      pooled = POOL.submit(() -> taken.compareAndSet(false, true) ? task.get() : null);
    }

    void runHere() {
      if (!taken.compareAndSet(false, true)) return;
      if (pooled != null) pooled.cancel(false);
      pooled = null;
      try {
        result = task.get();
      } catch (RuntimeException e) {
        failure = e;
      } catch (Error e) {
        error = e;
      }
    }

    T result() {
      if (pooled == null) {
        if (error != null) throw error;
        if (failure != null) throw failure;
        return result;
      }
      try {
        return pooled.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while a card was rendered", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException cause) throw cause;
        if (e.getCause() instanceof Error cause) throw cause;
        throw new IllegalStateException(e.getCause());
      }
    }
  }
}
