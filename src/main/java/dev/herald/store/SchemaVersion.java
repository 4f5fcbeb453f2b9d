package dev.herald.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Reads Flyway's history table without Flyway: whether every applied migration succeeded and the
 * newest is the one this jar bundles. Anything else — no table, a failed or a newer row, an error —
 * answers false, and the caller lets Flyway decide exactly as it always did.
 */
final class SchemaVersion {

  private static final String HISTORY = """
      select "version", "success" from "flyway_schema_history" where "version" is not null
      """;

  private SchemaVersion() {}

  static boolean isCurrent(DataSource dataSource, int newest) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(HISTORY)) {
      int max = 0;
      while (rows.next()) {
        if (!rows.getBoolean(2)) return false;
        max = Math.max(max, major(rows.getString(1)));
      }
      return max == newest;
    } catch (SQLException | RuntimeException e) {
      return false; // a fresh store has no history table: Flyway creates it
    }
  }

  // Herald's versions are whole numbers; a dotted one counts by its first part.
  private static int major(String version) {
    int dot = version.indexOf('.');
    return Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
  }
}
