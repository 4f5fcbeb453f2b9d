package dev.herald.channel;

import java.util.Objects;

/**
 * What a platform says about a post whose answer was lost: {@code FOUND} with the receipt of that
 * very post, {@code ABSENT} when the platform shows it never took it (safe to send again), or
 * {@code UNKNOWN} when it cannot tell. {@code detail} says why, in words a person reads in the history.
 */
public record Lookup(Outcome outcome, Receipt receipt, String detail) {

  public enum Outcome { FOUND, ABSENT, UNKNOWN }

  public Lookup {
    Objects.requireNonNull(outcome, "outcome");
    if ((outcome == Outcome.FOUND) != (receipt != null)) throw new IllegalArgumentException("a receipt comes with FOUND only");
  }

  public static Lookup found(Receipt receipt, String detail) {
    return new Lookup(Outcome.FOUND, receipt, detail);
  }

  public static Lookup absent(String detail) {
    return new Lookup(Outcome.ABSENT, null, detail);
  }

  public static Lookup unknown(String detail) {
    return new Lookup(Outcome.UNKNOWN, null, detail);
  }
}
