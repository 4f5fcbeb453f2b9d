package dev.herald.pipeline;

import dev.herald.channel.PersistentState;
import dev.herald.store.ChannelSecretStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** A channel's {@link PersistentState} in the store's {@code channel_secret_state} table. */
final class StoredChannelState implements PersistentState {

  private final ChannelSecretStore store;
  private final String channelId;
  private final Clock clock;

  StoredChannelState(ChannelSecretStore store, String channelId, Clock clock) {
    this.store = store;
    this.channelId = channelId;
    this.clock = clock;
  }

  @Override
  public Optional<String> get(String key) {
    return store.get(channelId, key).map(ChannelSecretStore.Entry::value);
  }

  @Override
  public Optional<Instant> expiry(String key) {
    return store.get(channelId, key).map(ChannelSecretStore.Entry::expiresAt);
  }

  @Override
  public void put(String key, String value, Instant expiresAt) {
    store.put(channelId, key, value, false, expiresAt, clock.instant());
  }

  @Override
  public void putSecret(String key, String value, Instant expiresAt) {
    store.put(channelId, key, value, true, expiresAt, clock.instant());
  }

  @Override
  public void remove(String key) {
    store.remove(channelId, key);
  }
}
