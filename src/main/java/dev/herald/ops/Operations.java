package dev.herald.ops;

import dev.herald.card.CardLayout;
import dev.herald.config.ChannelConfig;
import dev.herald.config.HeraldConfig;
import dev.herald.pipeline.ArticleComposer;
import dev.herald.pipeline.ChannelPlan;
import dev.herald.pipeline.HandComposer;
import dev.herald.pipeline.Herald;
import dev.herald.pipeline.PostedUrlRule;
import dev.herald.store.AuditEntry;
import dev.herald.store.Post;
import dev.herald.store.Store;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * Every operator action on posts and channels, in one place for the CLI, the admin API/console and the
 * Telegram approval chat alike. Each action changes the store and writes its {@link AuditEntry} in one
 * transaction, so the audit log never misses a change nor records one that did not happen.
 */
public final class Operations {

  public static final String RETRY_RULE = "retry works on failed, in_doubt or skipped posts";
  public static final String SKIP_RULE = "skip works on queued, awaiting_approval, failed or in_doubt posts";
  public static final String RESOLVE_RULE = "resolve works on in_doubt, failed or queued posts";
  public static final String APPROVE_RULE = "approve works on awaiting_approval posts";
  public static final String CHANGE_RULE = "only a queued or awaiting_approval post can be changed";

  private final HeraldConfig config;
  private final Store store;
  private final Clock clock;
  private final LongPredicate sender;
  private final HandComposer composer;

  /**
   * {@code sender} (null: none) publishes one queued post at once and says whether it went out; without
   * one (the CLI on a stopped daemon's store) "send now" puts the post first in line, due now.
   * {@code composer} (null: none) drafts stories pasted by URL and renders card layouts on demand.
   */
  public Operations(HeraldConfig config, Store store, Clock clock, LongPredicate sender, HandComposer composer) {
    this.config = config;
    this.store = store;
    this.clock = clock;
    this.sender = sender;
    this.composer = composer;
  }

  /** The operations of a running Herald: "send now" publishes through its publisher at once. */
  public static Operations of(Herald herald) {
    return new Operations(herald.config(), herald.store(), herald.clock(), herald.publisher()::publishNow,
        herald.handComposer());
  }

  /** The operations on a store alone (no daemon): "send now" puts the post first in line, due now. */
  public static Operations offline(HeraldConfig config, Store store, Clock clock) {
    return new Operations(config, store, clock, null, null);
  }

  public OpResult approve(long id, Actor who) {
    return onPost(id, who, "approve", APPROVE_RULE, (c, post, now) -> store.posts().approve(c, id, "approved by " + who, now)
        ? new Change(post.state().dbName(), "queued", null) : null, "approved");
  }

  /** New text, counted by the channel's own {@link dev.herald.compose.TextRules}; refused when it does not fit. */
  public OpResult edit(long id, String text, Actor who) {
    if (text == null || text.isBlank()) return OpResult.refused("the text is empty");
    var post = store.posts().find(id);
    if (post.isPresent()) {
      Optional<TextCount> count = count(post.get().channelId(), text);
      if (count.isEmpty()) return OpResult.refused("channel " + post.get().channelId() + " is no longer configured");
      if (!count.get().fits()) {
        return OpResult.refused("the text is " + count.get().length() + " of " + count.get().limit()
            + " as " + post.get().channelId() + " counts it: shorten it by " + (count.get().length() - count.get().limit()));
      }
    }
    return onPost(id, who, "edit", CHANGE_RULE, (c, p, now) -> store.posts().edit(c, id, text, now)
        ? new Change(p.text(), text, null) : null, "text saved");
  }

  public OpResult changeLayout(long id, String layout, Actor who) {
    var known = CardLayout.fromConfig(layout);
    if (known.isEmpty()) return OpResult.refused("'" + layout + "' is not a card layout");
    String name = known.get().configName();
    var post = store.posts().find(id);
    if (post.isPresent() && composer != null && !composer.ensureCard(post.get().articleId(), known.get())) {
      return OpResult.refused("no " + name + " card could be drawn for this article");
    }
    return onPost(id, who, "layout", CHANGE_RULE, (c, p, now) -> store.posts().changeLayout(c, id, name, now)
        ? new Change(p.cardLayout(), name, null) : null, "card layout set to " + name);
  }

  /** Due no earlier than {@code at}; the channel's spacing, quiet hours and caps still apply. */
  public OpResult reschedule(long id, Instant at, Actor who) {
    if (at == null) return OpResult.refused("a time is required");
    return onPost(id, who, "reschedule", CHANGE_RULE, (c, p, now) -> store.posts().reschedule(c, id, at, now)
        ? new Change(p.notBefore() == null ? null : p.notBefore().toString(), at.toString(), null) : null, "rescheduled to " + at);
  }

  /** Approves the post if it waited, puts it first in line, and — in the daemon — publishes it now. */
  public OpResult sendNow(long id, Actor who) {
    OpResult queued = onPost(id, who, "send_now", CHANGE_RULE, (c, p, now) -> store.posts().sendNow(c, id, now)
        ? new Change(p.state().dbName(), "queued", "first in line, due now") : null, "queued to go now");
    if (!queued.done() || sender == null) return queued;
    boolean sent = sender.test(id);
    Post after = store.posts().find(id).orElse(queued.post());
    return OpResult.done(sent ? "sent now" : "first in line: its channel is paused, held or busy", after);
  }

  /** Sends a failed, in-doubt or skipped post again; a manager's retry also resumes its paused channel. */
  public OpResult retry(long id, Actor who) {
    OpResult result = onPost(id, who, "retry", RETRY_RULE, (c, p, now) -> store.posts().retry(c, id, now)
        ? new Change(p.state().dbName(), "queued", null) : null, "queued again");
    if (result.done() && store.channels().get(result.post().channelId()).paused()) {
      resume(result.post().channelId(), who);
    }
    return result;
  }

  public OpResult skip(long id, String reason, Actor who) {
    String why = reason == null || reason.isBlank() ? "skipped by " + who : reason;
    return onPost(id, who, "skip", SKIP_RULE, (c, p, now) -> store.posts().skip(c, id, why, now)
        ? new Change(p.state().dbName(), "skipped", why) : null, "skipped");
  }

  /** Records that the post did go out at {@code url}, which must be on the channel's own platform. */
  public OpResult resolve(long id, String url, Actor who) {
    if (url == null || url.isBlank()) return OpResult.refused("resolve needs the URL the post went out at");
    var post = store.posts().find(id);
    if (post.isPresent()) {
      var refusal = PostedUrlRule.refusal(config, post.get().channelId(), url);
      if (refusal.isPresent()) return OpResult.refused(refusal.get());
    }
    return onPost(id, who, "resolve", RESOLVE_RULE, (c, p, now) -> store.posts().resolve(c, id, url, now)
        ? new Change(p.state().dbName(), "posted", url) : null, "recorded as posted");
  }

  /** Nothing more is published on the channel until it is resumed; its posts keep their places. */
  public OpResult pause(String channelId, String reason, Actor who) {
    if (config.channel(channelId).isEmpty()) return OpResult.notFound("there is no channel " + channelId);
    String why = reason == null || reason.isBlank() ? "paused by " + who : reason.strip();
    var before = store.channels().get(channelId);
    Instant now = clock.instant();
    store.channels().pause(channelId, why, now);
    audit(new AuditEntry(now, who.name(), "pause", null, channelId, before.paused() ? "paused" : "active", "paused", why));
    return OpResult.done(channelId + " paused: " + why, null);
  }

  public OpResult resume(String channelId, Actor who) {
    if (config.channel(channelId).isEmpty()) return OpResult.notFound("there is no channel " + channelId);
    var before = store.channels().get(channelId);
    store.channels().resume(channelId);
    audit(new AuditEntry(clock.instant(), who.name(), "resume", null, channelId, before.paused() ? "paused" : "active",
        "active", before.pauseReason()));
    return OpResult.done(channelId + " resumed", null);
  }

  /** Every enabled channel's draft and card for the article at {@code url}, without storing anything. */
  public ArticleComposer.Composition draft(String url) throws IOException {
    if (composer == null) throw new IllegalStateException("composing by hand needs the running daemon");
    return composer.draft(url);
  }

  /**
   * Queues a hand-composed story on {@code channels} (due now, approved: a person wrote it), and with
   * {@code now} sends each at once. Returns what happened on each channel, by channel id.
   */
  public Map<String, OpResult> compose(ArticleComposer.Composition draft, Collection<String> channels, boolean now, Actor who) {
    if (composer == null) throw new IllegalStateException("composing by hand needs the running daemon");
    Map<String, Long> queued = composer.queue(draft, channels);
    var results = new LinkedHashMap<String, OpResult>();
    for (String channel : channels) {
      Long id = queued.get(channel);
      if (id == null) {
        results.put(channel, OpResult.refused(config.channel(channel).isEmpty() ? "no such channel"
            : "this article already has a post on " + channel + " (or none could be composed)"));
        continue;
      }
      audit(new AuditEntry(clock.instant(), who.name(), "compose", id, channel, null, "queued", draft.article().url()));
      results.put(channel, now ? sendNow(id, who) : OpResult.done("queued", store.posts().find(id).orElse(null)));
    }
    return results;
  }

  /** The channels a hand-composed story can go to; none without the daemon. */
  public Collection<ChannelPlan> composableChannels() {
    return composer == null ? java.util.List.of() : composer.channels();
  }

  /** How {@code channelId}'s platform counts {@code text}; empty when no such channel is configured. */
  public Optional<TextCount> count(String channelId, String text) {
    Optional<ChannelConfig> channel = config.channel(channelId);
    if (channel.isEmpty()) return Optional.empty();
    var rules = ChannelPlan.of(channel.get()).rules();
    String t = text == null ? "" : text;
    return Optional.of(new TextCount(rules.length(t), rules.maxLength()));
  }

  /** A text's length as its platform counts it, against the platform's limit. */
  public record TextCount(int length, int limit) {
    public boolean fits() {
      return length <= limit;
    }
  }

  private void audit(AuditEntry entry) {
    store.database().inTransaction(c -> {
      store.audit().record(c, entry);
      return null;
    });
  }

  /** What a transition changed, for the audit log; null when the post's state did not allow it. */
  private record Change(String before, String after, String detail) {}

  @FunctionalInterface
  private interface Transition {
    Change apply(Connection c, Post before, Instant now) throws SQLException;
  }

  private OpResult onPost(long id, Actor who, String action, String rule, Transition transition, String done) {
    Optional<Post> post = store.posts().find(id);
    if (post.isEmpty()) return OpResult.notFound("post #" + id + " does not exist");
    Instant now = clock.instant();
    Change change = store.database().inTransaction(c -> {
      Change made = transition.apply(c, post.get(), now);
      if (made != null) {
        store.audit().record(c, new AuditEntry(now, who.name(), action, id, post.get().channelId(), made.before(),
            made.after(), made.detail()));
      }
      return made;
    });
    Post after = store.posts().find(id).orElseThrow();
    return change == null ? OpResult.wrongState(after, rule) : OpResult.done(done, after);
  }
}
