package dev.herald.channel.x;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.channel.NetworkFailures;
import dev.herald.channel.PublishException;
import dev.herald.channel.PublishException.Kind;
import dev.herald.config.Secrets;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import twitter4j.TwitterException;

/** Turns X's answers (through Twitter4J or our own OkHttp calls) into classified {@link PublishException}s. */
final class XErrors {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_MESSAGE = 300;

  private XErrors() {}

  static PublishException fromTwitter(TwitterException e, Clock clock) {
    if (e.isCausedByNetworkIssue()) return io(e);
    if (e.getStatusCode() <= 0) return unreadable(e);
    return answered(e, clock);
  }

  /** For the tweet itself: once the request left, a lost or garbled answer means the tweet may be out. */
  static PublishException fromTweet(TwitterException e, Clock clock) {
    if (e.isCausedByNetworkIssue() && !NetworkFailures.neverSent(e)) {
      return PublishException.inDoubt(Secrets.redact("X did not answer the tweet (" + e.getMessage()
          + "); it may have gone out: check the account, then resolve or retry it (see status)"), e);
    }
    if (e.getStatusCode() <= 0 && !e.isCausedByNetworkIssue()) {
      return PublishException.inDoubt(Secrets.redact("X answered the tweet with unreadable JSON; it may have gone out: "
          + e.getMessage()), e);
    }
    return fromTwitter(e, clock);
  }

  private static PublishException answered(TwitterException e, Clock clock) {
    var message = e.isErrorMessageAvailable() ? e.getErrorMessage() : describe(rawBody(e));
    return classify(e.getStatusCode(), message, resetHeader(e), clock, e);
  }

  private static String resetHeader(TwitterException e) {
    var status = e.getRateLimitStatus();
    if (status != null) return Integer.toString(status.getResetTimeInSeconds());
    try {
      return e.getResponseHeader("x-rate-limit-reset");
    } catch (NullPointerException absent) {
      return null; // Twitter4J 4.0.7 throws instead of answering null for a missing header
    }
  }

  static PublishException classify(int status, String message, String resetHeader, Clock clock, Throwable cause) {
    var text = Secrets.redact("X answered " + status + ": " + message);
    var kind = switch (status) {
      case 401 -> Kind.AUTH;
      case 403 -> message.toLowerCase(Locale.ROOT).contains("duplicate") ? Kind.PERMANENT : Kind.AUTH;
      case 429 -> Kind.RETRYABLE;
      default -> status >= 500 ? Kind.RETRYABLE : Kind.PERMANENT;
    };
    var retryAfter = status == 429 ? untilReset(resetHeader, clock) : null;
    return new PublishException(kind, text, retryAfter, cause);
  }

  static PublishException io(Exception e) {
    return new PublishException(Kind.RETRYABLE, Secrets.redact("X could not be reached: " + e.getMessage()), null, e);
  }

  /** A 2xx answer we cannot read; for media (not yet a post) the upload is simply tried again later. */
  static PublishException unreadable(Exception e) {
    return new PublishException(Kind.RETRYABLE,
        Secrets.redact("X answered the media upload with unreadable JSON: " + e.getMessage()), null, e);
  }

  /** X's own words from an error body: v1.1 {@code errors[0].message}, v2 {@code detail} or {@code title}. */
  static String describe(String body) {
    if (body == null || body.isBlank()) return "(empty answer)";
    try {
      JsonNode node = JSON.readTree(body);
      for (var field : new String[] {"/errors/0/message", "/errors/0/detail", "/detail", "/title", "/error"}) {
        var value = node.at(field);
        if (value.isTextual() && !value.asText().isBlank()) return value.asText();
      }
    } catch (IOException notJson) {
      // fall through: show the start of the raw answer
    }
    var flat = body.strip().replaceAll("\\s+", " ");
    return flat.length() <= MAX_MESSAGE ? flat : flat.substring(0, MAX_MESSAGE) + "…";
  }

  // Twitter4J keeps the answer body as its message, after a canned explanation of the status code.
  private static String rawBody(TwitterException e) {
    var message = e.getMessage() == null ? "" : e.getMessage();
    var brace = message.indexOf('{');
    return brace >= 0 ? message.substring(brace) : message.lines().reduce((a, b) -> b).orElse(message);
  }

  private static Duration untilReset(String resetHeader, Clock clock) {
    if (resetHeader == null || resetHeader.isBlank()) return null;
    try {
      var reset = Instant.ofEpochSecond(Long.parseLong(resetHeader.trim()));
      var wait = Duration.between(clock.instant(), reset);
      return wait.isNegative() ? Duration.ZERO : wait;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
