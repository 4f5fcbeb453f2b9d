package dev.herald.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "New posts are queued" across a cluster, by PostgreSQL's {@code NOTIFY}/{@code LISTEN}: the node
 * that polled announces it, and every node — itself included — wakes its publish jobs for the channels
 * it owns at once instead of at their next tick. A missed signal costs only latency: the ticks still run.
 */
public final class QueueSignals implements AutoCloseable {

  static final String CHANNEL = "herald_queued";
  private static final Logger log = LoggerFactory.getLogger(QueueSignals.class);
  private static final int WAIT_MILLIS = 500;

  private final Database db;
  private final Runnable onQueued;
  private final CountDownLatch closed = new CountDownLatch(1);
  private final Thread thread;

  private QueueSignals(Database db, Runnable onQueued) {
    this.db = db;
    this.onQueued = onQueued;
    this.thread = new Thread(this::listen, "herald-queue-signals");
    this.thread.setDaemon(true);
  }

  /** Tells every listening node that posts were queued. */
  public static void announce(Database db) {
    db.inTransaction(c -> {
      try (var statement = c.createStatement()) {
        statement.execute("NOTIFY " + CHANNEL);
      }
      return null;
    });
  }

  /** Calls {@code onQueued} on its own thread whenever any node announces; until closed. */
  public static QueueSignals listen(Database db, Runnable onQueued) {
    var signals = new QueueSignals(db, onQueued);
    signals.thread.start();
    return signals;
  }

  private void listen() {
    while (closed.getCount() > 0) {
      try (Connection connection = db.dedicatedConnection()) {
        try (var statement = connection.createStatement()) {
          statement.execute("LISTEN " + CHANNEL);
        }
        var pg = connection.unwrap(PGConnection.class);
        while (closed.getCount() > 0) {
          var notifications = pg.getNotifications(WAIT_MILLIS);
          if (notifications != null && notifications.length > 0) wake();
        }
      } catch (SQLException e) {
        log.warn("Not listening for queued posts ({}); publishing follows the ticks until the store answers again",
            e.getMessage());
        try {
          if (closed.await(5, TimeUnit.SECONDS)) return;
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private void wake() {
    try {
      onQueued.run();
    } catch (RuntimeException e) {
      log.warn("Could not wake the publish jobs: {}", e.toString());
    }
  }

  @Override
  public void close() {
    closed.countDown();
    try {
      thread.join(WAIT_MILLIS * 4L);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
