package dev.herald.channel;

import dev.herald.config.Secrets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link PersistentState} that lives as long as the process: for tools that open no store, and tests. */
public final class MemoryState implements PersistentState {

  private record Entry(String value, Instant expiresAt) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  @Override
  public Optional<String> get(String key) {
    return Optional.ofNullable(entries.get(key)).map(Entry::value);
  }

  @Override
  public Optional<Instant> expiry(String key) {
    return Optional.ofNullable(entries.get(key)).map(Entry::expiresAt);
  }

  @Override
  public void put(String key, String value, Instant expiresAt) {
    entries.put(key, new Entry(value, expiresAt));
  }

  @Override
  public void putSecret(String key, String value, Instant expiresAt) {
    Secrets.register(value);
    put(key, value, expiresAt);
  }

  @Override
  public void remove(String key) {
    entries.remove(key);
  }
}
