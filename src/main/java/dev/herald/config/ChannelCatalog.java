package dev.herald.config;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Everything the config loader must know from the stages to check {@code channels}: the channel
 * types with their setting schemas, and the card layout names. Passed in, so {@code config} imports
 * no stage; the installed one comes from the {@link Source} on the classpath (the channel package).
 */
public record ChannelCatalog(Map<String, ChannelType> types, List<String> cardLayouts) {

  /** Implemented by whoever knows the installed platforms; found through {@link ServiceLoader}. */
  public interface Source {
    ChannelCatalog catalog();
  }

  public static final ChannelCatalog EMPTY = new ChannelCatalog(Map.of(), List.of());

  public ChannelCatalog {
    types = Map.copyOf(new TreeMap<>(types));
    cardLayouts = List.copyOf(cardLayouts);
  }

  /** The catalog of the installed platforms; empty when none is on the classpath. */
  public static ChannelCatalog installed() {
    return Holder.INSTALLED;
  }

  private static final class Holder {
    static final ChannelCatalog INSTALLED =
        ServiceLoader.load(Source.class).findFirst().map(Source::catalog).orElse(EMPTY);
  }
}
