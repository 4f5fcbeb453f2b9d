package dev.herald.channel;

import dev.herald.card.CardLayout;
import dev.herald.config.ChannelCatalog;
import dev.herald.config.ChannelType;
import java.util.Arrays;
import java.util.LinkedHashMap;
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

  /** What the config loader must know of the installed platforms and card layouts. */
  public static ChannelCatalog catalog() {
    return catalog(all());
  }

  public static ChannelCatalog catalog(Map<String, ChannelProvider> providers) {
    var types = new LinkedHashMap<String, ChannelType>();
    providers.forEach((type, p) -> types.put(type, new ChannelType(type, p.settings(), p.defaultCard().configName(), p.needsPublicCards())));
    return new ChannelCatalog(types, Arrays.stream(CardLayout.values()).map(CardLayout::configName).toList());
  }

  /** Hands the installed catalog to {@link ChannelCatalog#installed()} without {@code config} importing this package. */
  public static final class Installed implements ChannelCatalog.Source {
    @Override
    public ChannelCatalog catalog() {
      return ChannelProviders.catalog();
    }
  }

  private static final class Holder {
    static final Map<String, ChannelProvider> ALL = load();

    private static Map<String, ChannelProvider> load() {
      var byType = new TreeMap<String, ChannelProvider>();
      for (ChannelProvider provider : ServiceLoader.load(ChannelProvider.class)) byType.putIfAbsent(provider.type(), provider);
      return Map.copyOf(byType);
    }
  }
}
