package dev.herald.pipeline;

import dev.herald.card.Card;
import dev.herald.channel.Channel;
import dev.herald.channel.OutgoingPost;
import dev.herald.channel.PublishException;
import dev.herald.channel.Receipt;
import dev.herald.config.HeraldConfig;
import dev.herald.config.Invocation;
import dev.herald.config.Secrets;
import dev.herald.schedule.Backoff;
import dev.herald.schedule.SlotPlanner;
import dev.herald.store.Post;
import dev.herald.store.Store;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a channel's due posts. Each post is claimed ({@code queued → sending}) in its own
 * committed, conditional update before the platform is called, so no two threads or nodes can send
 * it; the outcome then moves it to posted, back to queued with backoff, or to failed.
 */
public final class Publisher {

  private static final Logger log = LoggerFactory.getLogger(Publisher.class);

  private final Store store;
  private final Map<String, ChannelPlan> plans;
  private final Map<String, Channel> clients;
  private final Clock clock;
  private final String node;
  private final Metrics metrics;
  private final SlotPlanner planner;
  private final Backoff backoff;
  private final int maxAttempts;
  private final InDoubtSettler settler;
  private final ChannelGate gate;
  private final ChannelTurns turns;
  private volatile boolean stopping;
  private final PageCheck pages;

  Publisher(HeraldConfig config, Store store, Map<String, ChannelPlan> plans, Map<String, Channel> clients,
      Clock clock, String node, Metrics metrics, ChannelTurns turns, PageCheck pages) {
    this.pages = pages;
    this.store = store;
    this.plans = plans;
    this.clients = clients;
    this.clock = clock;
    this.node = node;
    this.metrics = metrics;
    this.planner = new SlotPlanner(config.outlet().timezone());
    var scheduler = config.scheduler();
    this.backoff = new Backoff(scheduler.retryBase(), scheduler.retryMax(), new SecureRandom());
    this.maxAttempts = scheduler.maxAttempts();
    this.settler = new InDoubtSettler(store, clients, clock);
    this.gate = new ChannelGate(store, clients, clock, this::afterOutage);
    this.turns = turns;
  }

  /**
   * The one place a channel's recovery from an outage continues: the post that went in doubt when the
   * answer was lost is settled here, by looking it up on the platform where the platform allows it
   * (now, not at the settler's next due time: the platform has just answered the probe).
   */
  private void afterOutage(String channelId) {
    log.info("Channel {}: checking the post left in doubt by the outage", channelId);
    var settled = settler.settle(channelId);
    log.info("Channel {}: after the outage {} in-doubt post(s) found posted, {} re-queued, {} left for a person",
        channelId, settled.posted(), settled.requeued(), settled.leftInDoubt());
  }

  /** What one publishing pass did on one channel. */
  public record Outcome(String channelId, int posted, int retried, int failed, int skipped, int inDoubt) {
    static Outcome none(String channelId) {
      return new Outcome(channelId, 0, 0, 0, 0, 0);
    }
  }

  /** After this, no new post is claimed; a post already being sent finishes. */
  public void stop() {
    stopping = true;
  }

  public SlotPlanner planner() {
    return planner;
  }

  /** Settles in-doubt posts by asking the platform; also for a channel that just came back. */
  public InDoubtSettler settler() {
    return settler;
  }

  /**
   * Publishes what is due on {@code channelId}: by its slots, or — with {@code ignoreSchedule}, for
   * {@code once} — everything queued, still honouring backoff and the platform's rate limits.
   */
  public Outcome publishDue(String channelId, boolean ignoreSchedule) {
    ChannelPlan channel = plans.get(channelId);
    if (channel == null || stopping) return Outcome.none(channelId);
    var paused = store.channels().get(channelId);
    // A held channel is not asked anything (its in-doubt post is settled by afterOutage once the probe succeeds).
    if (paused.paused() || !gate.open(channelId)) return Outcome.none(channelId);
    // In a cluster another node may own this channel, or be in the middle of a pass on it.
    if (!turns.begin(channelId, ignoreSchedule)) return Outcome.none(channelId);
    try {
      return pass(channel, ignoreSchedule);
    } finally {
      turns.end(channelId);
    }
  }

  private Outcome pass(ChannelPlan channel, boolean ignoreSchedule) {
    String channelId = channel.id();
    settler.settleIfDue(channelId);
    int posted = 0, retried = 0, failed = 0, inDoubt = 0;
    int skipped = expireUnapproved(channel, clock.instant());
    while (!stopping && turns.keep(channelId, ignoreSchedule)) {
      Instant now = clock.instant();
      Optional<Post> next = store.posts().nextDue(channelId, now);
      if (next.isEmpty()) break;
      Post post = next.get();
      if (!ignoreSchedule && planner.nextSlot(channel.config(), now, history(channelId, now), post.priority() > 0).isAfter(now)) {
        break;
      }
      var article = store.articles().find(post.articleId()).orElseThrow().article();
      if (SlotPlanner.isStale(channel.config().maxAge(), article.publishedAt(), post.createdAt(), now)) {
        store.posts().markSkipped(post.id(),
            "stale: the news was older than this channel's maxAge (" + human(channel.config().maxAge()) + ") when its slot came", now);
        metrics.published(channelId, "skipped");
        skipped++;
        continue;
      }
      Optional<String> gone = pages.gone(article);
      if (gone.isPresent()) {
        store.posts().markSkipped(post.id(), gone.get(), now);
        log.info("Post #{} to {} skipped: {}", post.id(), channelId, gone.get());
        metrics.published(channelId, "skipped");
        skipped++;
        continue;
      }
      if (!store.posts().claim(post.id(), node, now)) continue;
      Result result = send(channel, post, article);
      switch (result) {
        case POSTED -> posted++;
        case FAILED -> failed++;
        case IN_DOUBT -> inDoubt++;
        case RETRY, HALT -> retried++;
      }
      // A hold (ours, or another node's) stops the pass: claim nothing more until the probe answers.
      if (result == Result.HALT || result != Result.POSTED && gate.held(channelId).isPresent()) break;
    }
    return new Outcome(channelId, posted, retried, failed, skipped, inDoubt);
  }

  /**
   * A manager's "send now": claims this one queued post and sends it at once, outside its slot. False
   * (the post stays queued, first in line) when the channel is paused or held, or the post is not queued.
   */
  public boolean publishNow(long postId) {
    Optional<Post> found = store.posts().find(postId);
    if (found.isEmpty() || stopping) return false;
    Post post = found.get();
    ChannelPlan channel = plans.get(post.channelId());
    if (channel == null || store.channels().get(channel.id()).paused() || !gate.open(channel.id())) return false;
    // In a cluster it waits for no owner, but never runs beside another node's pass on the channel.
    if (!turns.begin(channel.id(), true)) return false;
    try {
      if (!store.posts().claim(postId, node, clock.instant())) return false;
      var article = store.articles().find(post.articleId()).orElseThrow().article();
      return send(channel, post, article) == Result.POSTED;
    } finally {
      turns.end(channel.id());
    }
  }

  /** Posts that waited for approval longer than the channel's maxAge are skipped, as stale queued ones are. */
  private int expireUnapproved(ChannelPlan channel, Instant now) {
    int expired = 0;
    for (Post post : store.posts().awaitingApproval(channel.id())) {
      var article = store.articles().find(post.articleId()).orElseThrow().article();
      if (!SlotPlanner.isStale(channel.config().maxAge(), article.publishedAt(), post.createdAt(), now)) continue;
      if (store.posts().markSkipped(post.id(), "stale: not approved within this channel's maxAge ("
          + human(channel.config().maxAge()) + ")", now)) expired++;
    }
    return expired;
  }

  private enum Result { POSTED, RETRY, FAILED, IN_DOUBT, HALT }

  private Result send(ChannelPlan channel, Post post, dev.herald.source.Article article) {
    // The stored card carries a short alt text; the composer wrote the richer one for this post.
    var card = store.cards().get(post.articleId(), post.cardLayout())
        .map(c -> new Card(c.bytes(), c.mime(), c.width(), c.height(), post.altText()))
        .orElse(null);
    var outgoing = OutgoingPosts.of(post, article, card);
    long started = System.nanoTime();
    try {
      Receipt receipt = clients.get(channel.id()).publish(outgoing);
      store.posts().markPosted(post.id(), receipt.platformId(), receipt.url(), clock.instant());
      metrics.published(channel.id(), "posted");
      metrics.publishTime(channel.id(), Duration.ofNanos(System.nanoTime() - started));
      log.info("Posted #{} to {}: {}", post.id(), channel.id(), receipt.url() != null ? receipt.url() : receipt.platformId());
      return Result.POSTED;
    } catch (PublishException e) {
      // One lost answer is an outage until proven otherwise: the next post would only be lost too.
      if (ChannelGate.lostAnswer(e)) gate.hold(channel.id(), Secrets.redact(e.getMessage()));
      return handleFailure(channel, post, e.kind(), Secrets.redact(e.getMessage()), e.retryAfter());
    } catch (RuntimeException e) {
      // A bug or an unexpected library failure: treat like a transient fault, bounded by maxAttempts.
      return handleFailure(channel, post, PublishException.Kind.RETRYABLE, Secrets.redact(e.toString()), Optional.empty());
    }
  }

  private Result handleFailure(ChannelPlan channel, Post post, PublishException.Kind kind, String message,
      Optional<Duration> retryAfter) {
    Instant now = clock.instant();
    int attempts = post.attempts() + 1;
    switch (kind) {
      case PERMANENT -> {
        store.posts().markFailed(post.id(), message, now);
        log.warn("Post #{} to {} failed for good: {}", post.id(), channel.id(), message);
        metrics.published(channel.id(), "failed");
        return Result.FAILED;
      }
      case IN_DOUBT -> {
        if (clients.get(channel.id()).idempotent()) {
          // The re-send carries the same idempotency key: the platform keeps one copy.
          Duration wait = backoff.delay(attempts, retryAfter);
          store.posts().requeue(post.id(), now.plus(wait), "no answer, re-sending with the same key: " + message, now);
          metrics.published(channel.id(), "retry");
          return Result.RETRY;
        }
        store.posts().markInDoubt(post.id(), message, now);
        log.warn("Post #{} to {} is in doubt: {}", post.id(), channel.id(), message);
        metrics.published(channel.id(), "in_doubt");
        return Result.IN_DOUBT;
      }
      case AUTH, CONFIG -> {
        // Not the post's fault: it goes back to the queue and the channel waits for a person.
        store.posts().requeue(post.id(), now, message, now);
        store.channels().pause(channel.id(), kind.name().toLowerCase() + ": " + message, now);
        log.error("Channel {} paused ({}): {}. Fix it, then restart Herald (or run `{}`) to resume: its queued posts wait.",
            channel.id(), kind.name().toLowerCase(), message, Invocation.command("once"));
        metrics.published(channel.id(), "paused");
        return Result.HALT;
      }
      default -> {
        if (attempts >= maxAttempts) {
          store.posts().markFailed(post.id(), "gave up after " + attempts + " attempts: " + message, now);
          log.warn("Post #{} to {} failed after {} attempts: {}", post.id(), channel.id(), attempts, message);
          metrics.published(channel.id(), "failed");
          return Result.FAILED;
        }
        Duration wait = backoff.delay(attempts, retryAfter);
        store.posts().requeue(post.id(), now.plus(wait), "retrying in " + human(wait) + ": " + message, now);
        log.warn("Post #{} to {}: {} — retry {} in {}", post.id(), channel.id(), message, attempts + 1, human(wait));
        metrics.published(channel.id(), "retry");
        // A rate limit applies to the whole channel: stop this pass rather than hammer it.
        return retryAfter.isPresent() ? Result.HALT : Result.RETRY;
      }
    }
  }

  /**
   * Crash recovery: posts left in {@code sending} by a node that died become {@code in_doubt}, then
   * the settler asks each platform: found ones are posted, ones an idempotent platform never took are
   * queued again with their keys, the rest wait for a person. A node has died when its heartbeat is older
   * than {@link NodeHeartbeat#DEAD_AFTER}, or — for a claim whose node never beat — when the claim is older
   * than {@code lease} (zero on a single node).
   */
  public int recoverInFlight(Duration lease) {
    Instant now = clock.instant();
    int flagged = store.posts().markOrphansInDoubt(now.minus(lease), now.minus(NodeHeartbeat.DEAD_AFTER),
        "Herald stopped while sending this post: it may or may not have gone out", now);
    if (flagged > 0) log.warn("{} post(s) were being sent when Herald stopped: marked in_doubt", flagged);
    plans.keySet().forEach(settler::settle);
    return flagged;
  }

  /**
   * Shutdown while a platform still has not answered: the posts this node is sending are given up now,
   * not after the read timeout. Idempotent platforms get them re-sent later with the same key; on the
   * others they go in doubt, since the platform may have taken them. Returns how many were given up.
   */
  public int abandonInFlight() {
    stopping = true;
    Instant now = clock.instant();
    int abandoned = 0;
    for (ChannelPlan channel : plans.values()) {
      for (Post post : store.posts().recent(channel.id(), java.util.Set.of(dev.herald.store.PostState.SENDING), 100)) {
        if (!node.equals(post.claimedBy())) continue;
        boolean moved = clients.get(channel.id()).idempotent()
            ? store.posts().requeue(post.id(), now, "Herald stopped before the platform answered; re-sent with the same key", now)
            : store.posts().markInDoubt(post.id(), "Herald stopped before the platform answered: it may or may not have gone out", now);
        if (moved) abandoned++;
      }
    }
    if (abandoned > 0) log.warn("{} post(s) were still waiting for their platform's answer at shutdown: given up", abandoned);
    return abandoned;
  }

  SlotPlanner.History history(String channelId, Instant now) {
    return new SlotPlanner.History(store.posts().lastPostedAt(channelId),
        store.posts().countPostedSince(channelId, planner.startOfDay(now)));
  }

  static String human(Duration d) {
    if (d.toHours() > 0) return d.toHours() + "h" + (d.toMinutesPart() > 0 ? d.toMinutesPart() + "m" : "");
    if (d.toMinutes() > 0) return d.toMinutes() + "m" + (d.toSecondsPart() > 0 ? d.toSecondsPart() + "s" : "");
    return Math.max(d.toSeconds(), 1) + "s";
  }
}
