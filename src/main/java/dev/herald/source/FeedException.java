package dev.herald.source;

/** The document is not a feed Herald can read (malformed, hostile, too large, unknown format). */
public class FeedException extends Exception {

  public FeedException(String message) {
    super(message);
  }

  public FeedException(String message, Throwable cause) {
    super(message, cause);
  }
}
