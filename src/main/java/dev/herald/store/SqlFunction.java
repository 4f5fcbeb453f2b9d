package dev.herald.store;

import java.sql.SQLException;

/** A unit of JDBC work, e.g. the body of {@link Database#inTransaction}; it may throw {@link SQLException}. */
@FunctionalInterface
public interface SqlFunction<T, R> {

  R apply(T input) throws SQLException;
}
