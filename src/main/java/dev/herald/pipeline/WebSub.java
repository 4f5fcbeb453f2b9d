package dev.herald.pipeline;

import dev.herald.config.HeraldConfig;
import dev.herald.config.Secrets;
import dev.herald.config.SourceConfig;
import dev.herald.source.Article;
import dev.herald.source.FeedException;
import dev.herald.source.FeedParser;
import dev.herald.source.FeedSource;
import dev.herald.source.Fetcher;
import dev.herald.source.HubLinks;
import dev.herald.store.Store;
import dev.herald.store.Subscription;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WebSub (W3C) subscriber: a source whose feed names a hub is subscribed with a callback under
 * {@code publicBaseUrl}; the hub verifies intent ({@code hub.challenge}), then pushes the feed on every
 * change, signed with the subscription's {@code hub.secret} ({@link HubSignature}) — a delivery with a
 * bad signature is ignored. Leases are renewed before they run out ({@link #maintain}), a source that
 * left the config is unsubscribed, and polling carries on at {@link #FALLBACK_EVERY} as the fallback.
 */
public final class WebSub {

  private static final Logger log = LoggerFactory.getLogger(WebSub.class);

  /** The callback path under {@code publicBaseUrl}. */
  public static final String CALLBACK_PATH = "/websub/";
  /** Lease asked of the hub (it may grant another). */
  static final long LEASE_SECONDS = Duration.ofDays(5).toSeconds();
  /** While a subscription is live, a source is still polled this often, in case the hub goes quiet. */
  public static final Duration FALLBACK_EVERY = Duration.ofMinutes(30);
  /** How often the daemon renews leases and unsubscribes removed sources. */
  public static final Duration MAINTAIN_EVERY = Duration.ofMinutes(30);
  /** A lease is renewed when less than this is left (or a tenth of it, if shorter). */
  static final Duration RENEW_BEFORE = Duration.ofHours(12);
  /** A request the hub never verified is asked again after this. */
  static final Duration PENDING_RETRY = Duration.ofHours(1);
  private static final long MAX_ANSWER = 2048;

  private final HeraldConfig config;
  private final Store store;
  private final Fetcher fetcher;
  private final Ingest ingest;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  WebSub(HeraldConfig config, Store store, Fetcher fetcher, Ingest ingest, Clock clock) {
    this.config = config;
    this.store = store;
    this.fetcher = fetcher;
    this.ingest = ingest;
    this.clock = clock;
  }

  /** Whether callbacks can reach Herald at all: {@code publicBaseUrl} set and the HTTP server on. */
  public boolean enabled() {
    return config.publicBaseUrl() != null && config.admin().enabled();
  }

  /** Live subscription: polls of this source are the slow fallback only. */
  public boolean live(String sourceId) {
    return store.subscriptions().forSource(sourceId).map(s -> s.live(clock.instant())).orElse(false);
  }

  /** A poll saw the feed announce {@code hub} (null: none): subscribe when not yet, or when the hub or topic changed. */
  public void noticed(SourceConfig source, HubLinks.Hub hub) {
    if (hub == null || !enabled()) return;
    Instant now = clock.instant();
    Optional<Subscription> current = store.subscriptions().forSource(source.id());
    if (current.isPresent()) {
      Subscription s = current.get();
      boolean same = s.hubUrl().equals(hub.hub()) && s.topicUrl().equals(hub.topic());
      if (same && (s.state() == Subscription.State.VERIFIED || s.state() == Subscription.State.DENIED)) return;
      if (same && s.requestedAt().plus(PENDING_RETRY).isAfter(now)) return;
    }
    subscribe(new Subscription(source.id(), token(16), hub.hub(), hub.topic(), HexFormat.of().formatHex(bytes(32)),
        Subscription.State.PENDING, null, now, null, null, null, null));
  }

  /** Renews leases that run out soon, asks again where a hub never verified, unsubscribes sources no longer configured. */
  public void maintain() {
    Instant now = clock.instant();
    for (Subscription s : store.subscriptions().all()) {
      boolean configured = config.source(s.sourceId()).map(SourceConfig::enabled).orElse(false);
      if (!configured) {
        if (s.state() != Subscription.State.UNSUBSCRIBING || s.requestedAt().plus(PENDING_RETRY).isBefore(now)) unsubscribe(s);
        continue;
      }
      if (!enabled()) continue;
      boolean renew = switch (s.state()) {
        case VERIFIED -> s.expiresAt() != null && s.expiresAt().minus(renewBefore(s)).isBefore(now);
        case PENDING -> s.requestedAt().plus(PENDING_RETRY).isBefore(now);
        default -> false;
      };
      if (renew) subscribe(s);
    }
  }

  private static Duration renewBefore(Subscription s) {
    Duration tenth = Duration.ofSeconds(s.leaseSeconds() == null ? 0 : s.leaseSeconds() / 10);
    return tenth.compareTo(RENEW_BEFORE) < 0 ? tenth : RENEW_BEFORE;
  }

  /**
   * The hub's verification of intent ({@code GET <callback>?hub.mode=…}): the challenge to echo when
   * mode and topic match what Herald asked for; empty (answered 404) otherwise.
   */
  public Optional<String> verify(String callbackId, String mode, String topic, String challenge, String leaseSeconds,
      String reason) {
    Optional<Subscription> found = store.subscriptions().forCallback(callbackId);
    if (found.isEmpty() || mode == null) return Optional.empty();
    Subscription s = found.get();
    Instant now = clock.instant();
    if (mode.equals("denied")) {
      log.warn("WebSub: hub {} denied the subscription of source {}: {}", s.hubUrl(), s.sourceId(), Secrets.redact(String.valueOf(reason)));
      store.subscriptions().state(s.sourceId(), Subscription.State.DENIED, "denied: " + Secrets.redact(String.valueOf(reason)), now);
      return Optional.of("");
    }
    if (challenge == null || topic == null || !topic.equals(s.topicUrl())) return Optional.empty();
    if (mode.equals("subscribe") && s.state() != Subscription.State.UNSUBSCRIBING) {
      Long lease = parseLease(leaseSeconds);
      store.subscriptions().verified(callbackId, lease, now);
      log.info("WebSub: source {} subscribed at {} (lease {} s)", s.sourceId(), s.hubUrl(), lease);
      return Optional.of(challenge);
    }
    if (mode.equals("unsubscribe") && s.state() == Subscription.State.UNSUBSCRIBING) {
      store.subscriptions().delete(s.sourceId());
      log.info("WebSub: source {} unsubscribed from {}", s.sourceId(), s.hubUrl());
      return Optional.of(challenge);
    }
    return Optional.empty();
  }

  /** What a delivery came to. */
  public enum Delivery { UNKNOWN, BAD_SIGNATURE, UNREADABLE, TAKEN }

  /**
   * A hub's content distribution ({@code POST <callback>}): ignored unless signed with the
   * subscription's secret; otherwise read as the feed and handed to {@link Ingest} like a poll.
   */
  public Delivery deliver(String callbackId, byte[] body, String contentType, String signature) {
    Optional<Subscription> found = store.subscriptions().forCallback(callbackId);
    if (found.isEmpty()) return Delivery.UNKNOWN;
    Subscription s = found.get();
    Optional<SourceConfig> source = config.source(s.sourceId()).filter(SourceConfig::enabled);
    if (source.isEmpty() || s.state() == Subscription.State.UNSUBSCRIBING) return Delivery.UNKNOWN;
    if (!HubSignature.valid(s.secret(), body, signature)) {
      log.warn("WebSub: a delivery for source {} had {} signature; ignored", s.sourceId(), signature == null ? "no" : "a bad");
      return Delivery.BAD_SIGNATURE;
    }
    List<Article> items;
    try {
      items = delivered(body, contentType, s.topicUrl());
    } catch (FeedException e) {
      log.warn("WebSub: the delivery for source {} could not be read: {}", s.sourceId(), Secrets.redact(e.getMessage()));
      return Delivery.UNREADABLE;
    }
    store.subscriptions().delivered(callbackId, clock.instant());
    var result = ingest.deliver(source.get(), items);
    if (result.seen() > 0) {
      log.info("Source {}: {} new item(s) from the hub, {} queued for posting", s.sourceId(), result.seen(), result.queued());
    }
    return Delivery.TAKEN;
  }

  /**
   * A delivery's items. What a hub sends is remote content, even for a local feed's topic: it is read without
   * the topic as base, so none of its links resolves to a file beside that feed.
   */
  static List<Article> delivered(byte[] body, String contentType, String topicUrl) throws FeedException {
    String base = Fetcher.isFileUrl(topicUrl) ? null : topicUrl;
    return FeedParser.parse(body, contentType, base).stream().limit(FeedSource.MAX_ITEMS_PER_POLL).toList();
  }

  private void subscribe(Subscription s) {
    Instant now = clock.instant();
    store.subscriptions().save(new Subscription(s.sourceId(), s.callbackId(), s.hubUrl(), s.topicUrl(), s.secret(),
        s.state() == Subscription.State.VERIFIED ? s.state() : Subscription.State.PENDING, s.leaseSeconds(), now,
        s.verifiedAt(), s.expiresAt(), s.lastDeliveryAt(), null));
    var form = new LinkedHashMap<String, String>();
    form.put("hub.mode", "subscribe");
    form.put("hub.topic", s.topicUrl());
    form.put("hub.callback", callback(s.callbackId()));
    form.put("hub.secret", s.secret());
    form.put("hub.lease_seconds", String.valueOf(LEASE_SECONDS));
    String error = ask(s, form);
    if (error != null) store.subscriptions().state(s.sourceId(), s.state() == Subscription.State.VERIFIED
        ? Subscription.State.VERIFIED : Subscription.State.PENDING, error, now);
  }

  private void unsubscribe(Subscription s) {
    Instant now = clock.instant();
    store.subscriptions().state(s.sourceId(), Subscription.State.UNSUBSCRIBING, null, now);
    var form = new LinkedHashMap<String, String>();
    form.put("hub.mode", "unsubscribe");
    form.put("hub.topic", s.topicUrl());
    form.put("hub.callback", callback(s.callbackId()));
    String error = ask(s, form);
    // A hub that will not hear of it any more cannot be made to; its lease simply runs out.
    if (error != null && s.requestedAt().plus(Duration.ofDays(1)).isBefore(now)) store.subscriptions().delete(s.sourceId());
  }

  /** Sends the request; null when the hub accepted it (202/204), else what went wrong. */
  private String ask(Subscription s, LinkedHashMap<String, String> form) {
    try {
      var answer = fetcher.postForm(s.hubUrl(), form, MAX_ANSWER);
      if (answer.code() >= 200 && answer.code() < 300) {
        log.info("WebSub: asked hub {} to {} source {}", s.hubUrl(), form.get("hub.mode"), s.sourceId());
        return null;
      }
      String error = "hub answered HTTP " + answer.code() + (answer.text().isBlank() ? "" : ": " + answer.text().strip());
      log.warn("WebSub: {} for source {} at {}: {}", form.get("hub.mode"), s.sourceId(), s.hubUrl(), Secrets.redact(error));
      return Secrets.redact(error);
    } catch (IOException e) {
      String error = Secrets.redact(String.valueOf(e.getMessage()));
      log.warn("WebSub: {} for source {} failed: {}", form.get("hub.mode"), s.sourceId(), error);
      return error;
    }
  }

  private String callback(String callbackId) {
    String base = config.publicBaseUrl();
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + CALLBACK_PATH + callbackId;
  }

  private static Long parseLease(String text) {
    try {
      return text == null || text.isBlank() ? LEASE_SECONDS : Math.max(0, Long.parseLong(text.strip()));
    } catch (NumberFormatException e) {
      return LEASE_SECONDS;
    }
  }

  private String token(int n) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(n));
  }

  private byte[] bytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }
}
