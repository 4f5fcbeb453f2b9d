package dev.herald.channel;

import dev.herald.config.Outlet;
import java.time.Clock;
import okhttp3.OkHttpClient;

/**
 * Shared parts a channel is built with. {@code http} is the one shared client: derive your own with
 * {@code http.newBuilder()} (timeouts, interceptors) so the connection pool stays shared.
 * {@code publicCards} serves cards to platforms that fetch images by URL.
 */
public record ChannelContext(OkHttpClient http, Clock clock, Outlet outlet, PublicCards publicCards) {

  public ChannelContext {
    if (publicCards == null) publicCards = PublicCards.NONE;
  }

  public ChannelContext(OkHttpClient http, Clock clock, Outlet outlet) {
    this(http, clock, outlet, PublicCards.NONE);
  }
}
