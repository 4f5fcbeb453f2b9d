package dev.herald.channel;

import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The platforms on the classpath, by their config {@code type}. */
public final class ChannelProviders {

  private ChannelProviders() {}

  public static Map<String, ChannelProvider> all() {
    return Holder.ALL;
  }

  public static Optional<ChannelProvider> get(String type) {
    return Optional.ofNullable(Holder.ALL.get(type));
  }

  private static final class Holder {
    static final Map<String, ChannelProvider> ALL = load();

    private static Map<String, ChannelProvider> load() {
      var byType = new TreeMap<String, ChannelProvider>();
      for (ChannelProvider provider : ServiceLoader.load(ChannelProvider.class)) byType.put(provider.type(), provider);
      return Map.copyOf(byType);
    }
  }
}
