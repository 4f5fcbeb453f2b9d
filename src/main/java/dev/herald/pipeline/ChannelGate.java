package dev.herald.pipeline;

import dev.herald.channel.Channel;
import dev.herald.channel.PublishException;
import dev.herald.config.Secrets;
import dev.herald.store.ChannelHold;
import dev.herald.store.Store;
import java.io.EOFException;
import java.io.InterruptedIOException;
import java.net.SocketException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds a channel after its first lost answer, so one outage costs at most one post in doubt instead
 * of one per queued post: nothing more is claimed until a cheap authenticated read ({@link Channel#verify})
 * answers. Probes back off 5 s, 10 s, 20 s… up to 5 minutes. The hold lives in the store, so every
 * node honours it.
 */
final class ChannelGate {

  static final Duration FIRST_PROBE = Duration.ofSeconds(5);
  static final Duration MAX_PROBE = Duration.ofMinutes(5);
  // While one caller waits for its probe's answer, nobody else probes; the answer resets this.
  private static final Duration PROBE_BUSY = Duration.ofMinutes(2);

  private static final Pattern NO_ANSWER = Pattern.compile(
      "(?i)timeout|timed out|did not answer|unexpected end of stream|connection reset|SocketException|EOFException");

  private static final Logger log = LoggerFactory.getLogger(ChannelGate.class);

  private final Store store;
  private final Map<String, Channel> clients;
  private final Clock clock;
  private final Consumer<String> onResume;

  ChannelGate(Store store, Map<String, Channel> clients, Clock clock, Consumer<String> onResume) {
    this.store = store;
    this.clients = clients;
    this.clock = clock;
    this.onResume = onResume;
  }

  /**
   * A lost answer: the request went out and no answer came back at all (a timeout, a dropped
   * connection). A garbled 2xx is not one: the platform is up and the next post may go out. Some
   * clients keep only the cause's text in the message, so the message is read too.
   */
  static boolean lostAnswer(PublishException e) {
    if (e.kind() != PublishException.Kind.IN_DOUBT && e.kind() != PublishException.Kind.RETRYABLE) return false;
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof InterruptedIOException || t instanceof SocketException || t instanceof EOFException) return true;
    }
    return e.getMessage() != null && NO_ANSWER.matcher(e.getMessage()).find();
  }

  /** Holds the channel after a lost answer; the first probe comes {@link #FIRST_PROBE} later. */
  void hold(String channelId, String message) {
    Instant now = clock.instant();
    String reason = "no answer from the platform: " + message;
    if (store.holds().hold(channelId, reason, now, now.plus(FIRST_PROBE))) {
      log.warn("Channel {} held: {}. Nothing more is sent until it answers again (first check in {}s)",
          channelId, Secrets.redact(reason), FIRST_PROBE.toSeconds());
    }
  }

  /** The channel's hold, if any. */
  Optional<ChannelHold> held(String channelId) {
    return store.holds().get(channelId);
  }

  /**
   * True when the channel may publish: it is not held, or its probe is due and the platform answered.
   * A probe that gets no answer (or a 5xx) keeps the hold and doubles the wait before the next one.
   */
  boolean open(String channelId) {
    Optional<ChannelHold> hold = store.holds().get(channelId);
    if (hold.isEmpty()) return true;
    Instant now = clock.instant();
    if (now.isBefore(hold.get().probeAt())) return false;
    if (!store.holds().takeProbe(channelId, now, now.plus(PROBE_BUSY))) return false;
    Optional<String> stillDown = probe(channelId);
    if (stillDown.isPresent()) {
      Duration wait = probeWait(hold.get().probeFailures() + 1);
      store.holds().probeFailed(channelId, "no answer from the platform since " + hold.get().since() + "; last check: "
          + stillDown.get(), clock.instant().plus(wait));
      log.warn("Channel {} still held: {} (next check in {})", channelId, stillDown.get(), Publisher.human(wait));
      return false;
    }
    store.holds().release(channelId);
    log.info("Channel {} answers again: resuming (held since {})", channelId, hold.get().since());
    onResume.accept(channelId);
    return true;
  }

  /** Empty when the platform answered (even with a refusal: then publishing finds out why), else what went wrong. */
  private Optional<String> probe(String channelId) {
    try {
      clients.get(channelId).verify();
      return Optional.empty();
    } catch (PublishException e) {
      boolean answered = e.kind() == PublishException.Kind.PERMANENT || e.kind() == PublishException.Kind.AUTH
          || e.kind() == PublishException.Kind.CONFIG;
      return answered ? Optional.empty() : Optional.of(Secrets.redact(e.getMessage()));
    } catch (RuntimeException e) {
      return Optional.of(Secrets.redact(e.toString()));
    }
  }

  /** 5 s, 10 s, 20 s… capped at 5 minutes, after {@code failures} failed probes. */
  static Duration probeWait(int failures) {
    long seconds = FIRST_PROBE.toSeconds() << Math.min(Math.max(failures, 0), 16);
    return seconds > MAX_PROBE.toSeconds() ? MAX_PROBE : Duration.ofSeconds(seconds);
  }
}
