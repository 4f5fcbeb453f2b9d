package dev.herald.config;

import java.util.List;
import java.util.Optional;

/**
 * The whole validated configuration, immutable. Built only by {@link ConfigLoader}, which
 * has already reported every problem with its key path; code that holds one may trust it.
 */
public record HeraldConfig(
    Outlet outlet,
    StoreSettings store,
    SchedulerSettings scheduler,
    AdminSettings admin,
    SummarizerSettings summarizer,
    List<SourceConfig> sources,
    List<ChannelConfig> channels,
    String publicBaseUrl) {

  public HeraldConfig {
    sources = List.copyOf(sources);
    channels = List.copyOf(channels);
  }

  public Optional<ChannelConfig> channel(String id) {
    return channels.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public Optional<SourceConfig> source(String id) {
    return sources.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public List<ChannelConfig> enabledChannels() {
    return channels.stream().filter(ChannelConfig::enabled).toList();
  }

  public List<SourceConfig> enabledSources() {
    return sources.stream().filter(SourceConfig::enabled).toList();
  }
}
