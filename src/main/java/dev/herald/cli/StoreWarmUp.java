package dev.herald.cli;

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

  private StoreWarmUp() {}

  static void startFor(String command) {
    if (!OPENS_THE_STORE.contains(command)) return;
    var thread = new Thread(StoreWarmUp::warm, "herald-store-warm-up");
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
