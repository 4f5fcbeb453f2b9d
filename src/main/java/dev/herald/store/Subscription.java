package dev.herald.store;

import java.time.Instant;

/**
 * One WebSub subscription (table {@code websub_subscription}): the source it feeds, the random id in its
 * callback URL, the hub and topic, the {@code hub.secret} deliveries are signed with, and where it stands.
 */
public record Subscription(
    String sourceId,
    String callbackId,
    String hubUrl,
    String topicUrl,
    String secret,
    State state,
    Long leaseSeconds,
    Instant requestedAt,
    Instant verifiedAt,
    Instant expiresAt,
    Instant lastDeliveryAt,
    String lastError) {

  public enum State { PENDING, VERIFIED, UNSUBSCRIBING, DENIED }

  /** Verified and its lease still running at {@code now}: the hub pushes, polling is only the fallback. */
  public boolean live(Instant now) {
    return state == State.VERIFIED && expiresAt != null && expiresAt.isAfter(now);
  }

  @Override
  public String toString() {
    // The secret stays out of logs and assertion messages.
    return "Subscription[" + sourceId + " " + state + " hub=" + hubUrl + " topic=" + topicUrl + " expires=" + expiresAt + "]";
  }
}
