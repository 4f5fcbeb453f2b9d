package dev.herald.config;

import java.util.List;
import java.util.Optional;

/**
 * The whole validated configuration, immutable. Built only by {@link ConfigLoader}, which
 * has already reported every problem with its key path; code that holds one may trust it.
 * {@code allowPrivateHosts}: origins or hosts that outside links may reach although they are internal
 * (loopback, private, link-local); a configured source's own origin needs no entry.
 * {@code publicBaseUrl}: where platforms that fetch cards by URL (and WebSub hubs) reach Herald's HTTP server, or null.
 * {@code ingest}: how a CMS pushes articles ({@code POST /api/articles}).
 */
public record HeraldConfig(
    Outlet outlet,
    StoreSettings store,
    SchedulerSettings scheduler,
    AdminSettings admin,
    SummarizerSettings summarizer,
    List<SourceConfig> sources,
    List<ChannelConfig> channels,
    List<String> allowPrivateHosts,
    String publicBaseUrl,
    IngestSettings ingest) {

  public HeraldConfig {
    ingest = ingest == null ? IngestSettings.CLOSED : ingest;
    sources = List.copyOf(sources);
    channels = List.copyOf(channels);
    allowPrivateHosts = allowPrivateHosts == null ? List.of() : List.copyOf(allowPrivateHosts);
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
