package dev.herald.store;

import java.time.Instant;

/** Whether a channel is paused (e.g. its credentials were refused), why, and since when. */
public record ChannelState(String channelId, boolean paused, String pauseReason, Instant pausedAt) {

  public static ChannelState active(String channelId) {
    return new ChannelState(channelId, false, null, null);
  }
}
