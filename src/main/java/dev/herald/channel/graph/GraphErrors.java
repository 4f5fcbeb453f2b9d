package dev.herald.channel.graph;

import com.restfb.exception.FacebookErrorMessageException;
import com.restfb.exception.FacebookException;
import com.restfb.exception.FacebookGraphException;
import com.restfb.exception.FacebookJsonMappingException;
import com.restfb.exception.FacebookNetworkException;
import dev.herald.channel.NetworkFailures;
import dev.herald.channel.PublishException;
import dev.herald.config.Secrets;
import java.time.Duration;
import java.util.Set;

/**
 * Classifies a Graph API failure (Facebook, Instagram, Threads) by Meta's error codes, which say
 * more than the HTTP status: 4/17/32/613 and 80001–80014 are rate limits (wait), 190 and the
 * 10/200-series permission codes mean the token no longer works (pause the channel), 368 means the
 * account is blocked from posting (fail, a person must look).
 */
public final class GraphErrors {

  /** Meta gives no Retry-After; its throttles clear within the hour, and the backoff keeps growing. */
  static final Duration RATE_LIMIT_WAIT = Duration.ofMinutes(15);

  private static final Set<Integer> RATE_LIMITS = Set.of(4, 17, 32, 613);
  private static final Set<Integer> AUTH = Set.of(102, 190, 10, 3);
  /** Instagram's "Application request limit reached" when the daily publishing quota is used up. */
  private static final int IG_PUBLISH_LIMIT_SUBCODE = 2207042;

  private GraphErrors() {}

  /**
   * @param platform "Facebook", "Instagram" or "Threads", for the message
   * @param publishing true when the failed call may have created a post (so a lost answer is in doubt)
   */
  public static PublishException classify(String platform, String what, FacebookException e, boolean publishing) {
    if (e instanceof FacebookGraphException graph) return graphError(platform, what, graph);
    if (e instanceof FacebookErrorMessageException) {
      return PublishException.permanent(message(platform, what, e.getMessage()));
    }
    if (e instanceof FacebookNetworkException network) {
      Integer status = network.getHttpStatusCode();
      if (status != null) {
        return PublishException.retryable(message(platform, what, "answered HTTP " + status), status == 429 ? RATE_LIMIT_WAIT : null);
      }
      String text = message(platform, what, "failed: " + network.getCause());
      if (!publishing || NetworkFailures.neverSent(network)) return PublishException.retryable(text, null);
      return PublishException.inDoubt(text + " (the request went out; the post may exist)", null);
    }
    if (e instanceof FacebookJsonMappingException) {
      String text = message(platform, what, "answered malformed JSON");
      return publishing ? PublishException.inDoubt(text, null) : PublishException.retryable(text, null);
    }
    return PublishException.retryable(message(platform, what, String.valueOf(e.getMessage())), null);
  }

  private static PublishException graphError(String platform, String what, FacebookGraphException e) {
    int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
    int subcode = e.getErrorSubcode() == null ? 0 : e.getErrorSubcode();
    String text = message(platform, what, "error " + code + (subcode == 0 ? "" : "/" + subcode) + ": " + e.getErrorMessage());
    if (RATE_LIMITS.contains(code) || (code >= 80001 && code <= 80014) || subcode == IG_PUBLISH_LIMIT_SUBCODE) {
      return PublishException.retryable(text, RATE_LIMIT_WAIT);
    }
    if (AUTH.contains(code) || (code >= 200 && code <= 299)) return PublishException.auth(text);
    if (code == 368) return PublishException.permanent(text + " (the account is blocked from posting for now)");
    if (code == 803 || (code == 100 && subcode == 33)) return new PublishException(PublishException.Kind.CONFIG, text);
    if (code == 1 || code == 2 || Boolean.TRUE.equals(e.getIsTransient())
        || (e.getHttpStatusCode() != null && e.getHttpStatusCode() >= 500)) {
      return PublishException.retryable(text, null);
    }
    return PublishException.permanent(text);
  }

  private static String message(String platform, String what, String detail) {
    return Secrets.redact(platform + " " + what + " " + detail);
  }
}
