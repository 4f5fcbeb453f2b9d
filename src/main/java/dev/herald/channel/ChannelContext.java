package dev.herald.channel;

import dev.herald.config.Outlet;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import okhttp3.OkHttpClient;

/**
 * Shared parts a channel is built with. {@code http} is the one shared client: derive your own with
 * {@code http.newBuilder()} (timeouts, interceptors) so the connection pool stays shared.
 * {@link #state(String)} is the channel's persistent state in the store; {@code publicCards} serves cards
 * to platforms that fetch images by URL.
 */
public record ChannelContext(OkHttpClient http, Clock clock, Outlet outlet, Function<String, PersistentState> states,
    PublicCards publicCards) {

  public ChannelContext {
    if (publicCards == null) publicCards = PublicCards.NONE;
  }

  public ChannelContext(OkHttpClient http, Clock clock, Outlet outlet, Function<String, PersistentState> states) {
    this(http, clock, outlet, states, PublicCards.NONE);
  }

  public ChannelContext(OkHttpClient http, Clock clock, Outlet outlet, PublicCards publicCards) {
    this(http, clock, outlet, inMemory(), publicCards);
  }

  /** A context whose state lives only as long as the process (no store): for tools and tests. */
  public ChannelContext(OkHttpClient http, Clock clock, Outlet outlet) {
    this(http, clock, outlet, inMemory(), PublicCards.NONE);
  }

  /** The persistent state of channel {@code channelId}. */
  public PersistentState state(String channelId) {
    return states.apply(channelId);
  }

  private static Function<String, PersistentState> inMemory() {
    Map<String, PersistentState> byChannel = new ConcurrentHashMap<>();
    return id -> byChannel.computeIfAbsent(id, ignored -> new MemoryState());
  }
}
