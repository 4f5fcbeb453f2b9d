package dev.herald.store;

import dev.herald.config.Secrets;

/**
 * The store could not be opened, migrated, read or written. The message is already redacted: JDBC
 * URLs and driver messages may carry a password.
 */
public final class StoreException extends RuntimeException {

  public StoreException(String message, Throwable cause) {
    super(Secrets.redact(message + (cause == null ? "" : ": " + cause.getMessage())), cause);
  }
}
