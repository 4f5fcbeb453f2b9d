/**
 * The one source of truth: JDBC repositories over HikariCP, schema by Flyway (H2 embedded,
 * PostgreSQL for a cluster), and the delivery state machine of a post.
 *
 * <p>{@link dev.herald.store.Database} opens and migrates; {@link dev.herald.store.Store} hands out
 * one repository per table. Every repository method opens its own connection, and has an overload
 * taking the caller's {@link java.sql.Connection} so the pipeline can join one transaction.
 */
package dev.herald.store;
