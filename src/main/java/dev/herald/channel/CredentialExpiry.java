package dev.herald.channel;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** When a channel's credential runs out, and the warning {@code status}, the admin UI and {@code check --live} show. */
public final class CredentialExpiry {

  /** Long-lived platform tokens last 60 days; a week's notice leaves time to renew one by hand. */
  public static final Duration WARN_BEFORE = Duration.ofDays(7);

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private CredentialExpiry() {}

  /** The warning for a credential expiring at {@code expiresAt}, or empty when it is more than 7 days away. */
  public static Optional<String> warning(Instant expiresAt, Instant now) {
    if (expiresAt == null || expiresAt.isAfter(now.plus(WARN_BEFORE))) return Optional.empty();
    if (!expiresAt.isAfter(now)) return Optional.of("credential expired on " + DAY.format(expiresAt) + ": renew the token");
    long days = Duration.between(now, expiresAt).toDays();
    String in = days == 0 ? "in less than a day" : days == 1 ? "in 1 day" : "in " + days + " days";
    return Optional.of("credential expires " + in + " (" + DAY.format(expiresAt) + "): renew the token");
  }
}
