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
 * {@link #state(String)} is the channel's persistent state in the store.
 */
public record ChannelContext(OkHttpClient http, Clock clock, Outlet outlet, Function<String, PersistentState> states) {

  /** A context whose state lives only as long as the process (no store): for tools and tests. */
  public ChannelContext(OkHttpClient http, Clock clock, Outlet outlet) {
    this(http, clock, outlet, inMemory());
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
