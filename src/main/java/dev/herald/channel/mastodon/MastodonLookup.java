package dev.herald.channel.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.channel.Lookup;
import dev.herald.channel.OutgoingPost;
import dev.herald.channel.PublishException;
import dev.herald.channel.Receipt;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Finds a post whose answer was lost among the account's newest statuses. A post not found there is
 * {@code ABSENT} only when a re-send cannot make a second copy: the statuses read reach back to before
 * the first send (so it would have been among them), or the Idempotency-Key is still inside the hour
 * Mastodon remembers it (so the instance itself would answer with the first status).
 */
final class MastodonLookup {

  static final int PAGE = 40;
  // Mastodon keeps an Idempotency-Key for one hour; stay well inside it.
  static final Duration KEY_WINDOW = Duration.ofMinutes(50);
  // Instance and Herald clocks differ a little; a status from just before the send still counts as "after".
  private static final Duration SKEW = Duration.ofMinutes(2);

  private final HttpUrl base;
  private final MastodonHttp http;
  private final Clock clock;
  private volatile String accountId;

  MastodonLookup(HttpUrl base, MastodonHttp http, Clock clock) {
    this.base = base;
    this.http = http;
    this.clock = clock;
  }

  Lookup lookup(OutgoingPost post, Instant firstSentAt) throws PublishException {
    JsonNode statuses = http.callForArray(get(base.newBuilder().addPathSegments("api/v1/accounts")
        .addPathSegment(accountId()).addPathSegment("statuses")
        .addQueryParameter("limit", Integer.toString(PAGE)).addQueryParameter("exclude_reblogs", "true").build()));
    Instant oldest = null;
    for (JsonNode status : statuses) {
      if (MastodonStatuses.isPost(status, post)) {
        var receipt = new Receipt(status.path("id").asText(), status.path("url").asText(null));
        return Lookup.found(receipt, "found on Mastodon at " + MastodonStatuses.where(status));
      }
      Instant created = createdAt(status);
      if (created != null && (oldest == null || created.isBefore(oldest))) oldest = created;
    }
    boolean coversTheSend = statuses.size() < PAGE || (oldest != null && oldest.isBefore(firstSentAt.minus(SKEW)));
    if (coversTheSend) {
      return Lookup.absent("not among the account's " + statuses.size() + " newest statuses, which reach back before the first send");
    }
    if (clock.instant().isBefore(firstSentAt.plus(KEY_WINDOW))) {
      return Lookup.absent("not among the account's newest statuses, and its Idempotency-Key is inside Mastodon's one-hour window");
    }
    return Lookup.unknown("not among the account's " + PAGE + " newest statuses, which do not reach back to the first send");
  }

  private String accountId() throws PublishException {
    if (accountId == null) {
      JsonNode account = http.call(get(base.newBuilder().addPathSegments("api/v1/accounts/verify_credentials").build())).body();
      String id = account.path("id").asText("");
      if (id.isBlank()) throw PublishException.retryable("Mastodon account answer has no id", null);
      accountId = id;
    }
    return accountId;
  }

  private static Request get(HttpUrl url) {
    return new Request.Builder().url(url).get().build();
  }

  private static Instant createdAt(JsonNode status) {
    try {
      return Instant.parse(status.path("created_at").asText(""));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
