package dev.herald.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The little JDBC plumbing every repository shares: binding, row mapping, portable insert-if-absent. */
final class Jdbc {

  private static final String UNIQUE_VIOLATION = "23505";

  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  private Jdbc() {}

  static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      bind(statement, args);
      return statement.executeUpdate();
    }
  }

  static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... args) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      bind(statement, args);
      try (ResultSet rows = statement.executeQuery()) {
        var result = new ArrayList<T>();
        while (rows.next()) result.add(mapper.map(rows));
        return result;
      }
    }
  }

  static <T> Optional<T> first(Connection c, String sql, RowMapper<T> mapper, Object... args) throws SQLException {
    return query(c, sql, mapper, args).stream().findFirst();
  }

  /**
   * Inserts one row and returns its generated {@code id}, or empty when a unique constraint already
   * holds the row.
   */
  static Optional<Long> insertReturningId(Connection c, String sql, Object... args) throws SQLException {
    return unlessDuplicate(c, ignored -> {
      try (PreparedStatement statement = c.prepareStatement(sql, new String[] {"id"})) {
        bind(statement, args);
        statement.executeUpdate();
        try (ResultSet keys = statement.getGeneratedKeys()) {
          if (!keys.next()) throw new SQLException("no generated id for: " + sql);
          return Optional.of(keys.getLong(1));
        }
      }
    });
  }

  /** Inserts one row; returns false when a unique constraint already holds the row. */
  static boolean insertUnlessDuplicate(Connection c, String sql, Object... args) throws SQLException {
    return unlessDuplicate(c, ignored -> Optional.of(update(c, sql, args) > 0)).orElse(false);
  }

  // A savepoint keeps PostgreSQL's surrounding transaction usable after the unique violation.
  private static <T> Optional<T> unlessDuplicate(Connection c, SqlFunction<Void, Optional<T>> insert)
      throws SQLException {
    Savepoint savepoint = c.getAutoCommit() ? null : c.setSavepoint();
    try {
      Optional<T> result = insert.apply(null);
      if (savepoint != null) c.releaseSavepoint(savepoint);
      return result;
    } catch (SQLException e) {
      if (!UNIQUE_VIOLATION.equals(e.getSQLState())) throw e;
      if (savepoint != null) c.rollback(savepoint);
      return Optional.empty();
    }
  }

  static void bind(PreparedStatement statement, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      Object arg = args[i];
      int index = i + 1;
      if (arg == null) statement.setNull(index, Types.NULL);
      else if (arg instanceof Instant instant) statement.setObject(index, toDb(instant));
      else if (arg instanceof byte[] bytes) statement.setBytes(index, bytes);
      else statement.setObject(index, arg);
    }
  }

  /** Both databases keep microseconds; truncating here makes what we return equal what we stored. */
  static Instant micros(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
  }

  static OffsetDateTime toDb(Instant instant) {
    return OffsetDateTime.ofInstant(micros(instant), ZoneOffset.UTC);
  }

  static Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
