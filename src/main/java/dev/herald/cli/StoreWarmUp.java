package dev.herald.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Set;

/**
 * Opening the embedded store loads some nine hundred of H2's classes, most of a short command's
 * second. A command that will open the store starts that loading on the other core at once, with a
 * throwaway in-memory database, while picocli and the config loader do their part on the main thread.
 * Nothing is kept: the in-memory database disappears with its connection.
 */
final class StoreWarmUp {

  private static final Set<String> OPENS_THE_STORE = Set.of("run", "once", "status", "retry", "skip", "resolve");
  /** Commands that ask a running daemon instead when one holds the store ({@link StoreCommand}). */
  private static final Set<String> MAY_ASK_THE_DAEMON = Set.of("status", "retry", "skip", "resolve");
  /** The run file of the default store ({@code jdbc:h2:file:./data/herald}); see {@link RunFile}. */
  private static final Path DEFAULT_RUN_FILE = Path.of("data", "herald.run");

  private StoreWarmUp() {}

  static void startFor(String command) {
    if (!OPENS_THE_STORE.contains(command)) return;
    // Which way the command goes is known only once the config names the store. A daemon's run file beside
    // the default store says it will most likely go to the daemon: then the client's HTTP and JSON classes
    // load instead, so the daemon's answer is not waited for behind them. On two cores, warming both would
    // slow the command down more than either warm-up saves.
    boolean daemonLikely = MAY_ASK_THE_DAEMON.contains(command) && Files.isRegularFile(DEFAULT_RUN_FILE);
    start(daemonLikely ? DaemonClient::warmUp : StoreWarmUp::warm, "herald-warm-up");
  }

  private static void start(Runnable task, String name) {
    var thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
  }

  private static void warm() {
    try (var connection = DriverManager.getConnection("jdbc:h2:mem:");
        var statement = connection.createStatement()) {
      statement.execute("CREATE TABLE warm (id BIGINT PRIMARY KEY, at TIMESTAMP WITH TIME ZONE)");
      statement.executeQuery("SELECT id FROM warm WHERE at > CURRENT_TIMESTAMP ORDER BY id").close();
    } catch (SQLException | RuntimeException e) {
      // Only a head start: the real open reports any real problem.
    }
  }
}
