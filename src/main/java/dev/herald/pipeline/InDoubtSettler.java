package dev.herald.pipeline;

import dev.herald.channel.Channel;
import dev.herald.channel.Lookup;
import dev.herald.channel.PublishException;
import dev.herald.config.Secrets;
import dev.herald.store.Post;
import dev.herald.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles in-doubt posts without a person where the platform allows: it asks the channel to look the
 * post up, then records it posted (found, with the platform's URL), queues it again with the same keys
 * (absent, on a platform whose keys make a re-send safe), or leaves it for a person (the platform
 * cannot tell). Every decision is written to the post's history.
 */
public final class InDoubtSettler {

  private static final Logger log = LoggerFactory.getLogger(InDoubtSettler.class);
  /** How often a publish pass may look again: reads cost rate limit (and money on X). */
  static final Duration EVERY = Duration.ofMinutes(5);
  private static final int BATCH = 20;

  private final Store store;
  private final Map<String, Channel> clients;
  private final Clock clock;
  private final Map<String, Instant> lastLook = new ConcurrentHashMap<>();

  InDoubtSettler(Store store, Map<String, Channel> clients, Clock clock) {
    this.store = store;
    this.clients = clients;
    this.clock = clock;
  }

  /** What one settling pass decided on one channel. */
  public record Settled(String channelId, int posted, int requeued, int leftInDoubt) {}

  /** Looks up every in-doubt post of the channel now; stops at the first look-up the platform cannot answer. */
  public Settled settle(String channelId) {
    Channel channel = clients.get(channelId);
    lastLook.put(channelId, clock.instant());
    int posted = 0, requeued = 0, left = 0;
    if (channel == null) return new Settled(channelId, 0, 0, 0);
    for (Post post : store.inDoubt().of(channelId, BATCH)) {
      Lookup lookup;
      try {
        lookup = lookUp(channel, post);
      } catch (PublishException | RuntimeException e) {
        log.warn("Channel {}: cannot look up in-doubt post #{} now, will look again: {}", channelId, post.id(),
            Secrets.redact(e.getMessage()));
        break;
      }
      switch (decide(channel, post, lookup)) {
        case POSTED -> posted++;
        case REQUEUED -> requeued++;
        case LEFT -> left++;
      }
    }
    return new Settled(channelId, posted, requeued, left);
  }

  /** {@link #settle} at most every {@link #EVERY} per channel, for the start of each publish pass. */
  public void settleIfDue(String channelId) {
    Instant last = lastLook.get(channelId);
    if (last != null && clock.instant().isBefore(last.plus(EVERY))) return;
    settle(channelId);
  }

  private enum Decision { POSTED, REQUEUED, LEFT }

  private Lookup lookUp(Channel channel, Post post) throws PublishException {
    var article = store.articles().find(post.articleId()).orElseThrow().article();
    Instant firstSent = store.inDoubt().firstSentAt(post.id()).orElse(post.createdAt());
    return channel.lookup(OutgoingPosts.of(post, article, null), firstSent);
  }

  private Decision decide(Channel channel, Post post, Lookup lookup) {
    Instant now = clock.instant();
    var inDoubt = store.inDoubt();
    switch (lookup.outcome()) {
      case FOUND -> {
        var receipt = lookup.receipt();
        if (inDoubt.settlePosted(post.id(), receipt.platformId(), receipt.url(), "settled: " + lookup.detail(), now)) {
          log.info("In-doubt post #{} on {} settled: {}", post.id(), channel.id(), lookup.detail());
          return Decision.POSTED;
        }
        return Decision.LEFT;
      }
      case ABSENT -> {
        if (!channel.idempotent()) {
          inDoubt.note(post.id(), "stays in doubt: " + lookup.detail() + ", but a re-send has no key to stop a second copy", now);
          return Decision.LEFT;
        }
        if (inDoubt.requeue(post.id(), "settled: " + lookup.detail() + "; re-queued with the same key", now)) {
          log.info("In-doubt post #{} on {} re-queued with the same key: {}", post.id(), channel.id(), lookup.detail());
          return Decision.REQUEUED;
        }
        return Decision.LEFT;
      }
      default -> {
        inDoubt.note(post.id(), "stays in doubt: " + lookup.detail() + "; a person checks the account, then resolves or retries it", now);
        return Decision.LEFT;
      }
    }
  }
}
