package dev.herald.config;

import java.time.Duration;
import java.util.List;

/**
 * One feed (RSS 2.0, Atom, RDF, JSON Feed or news sitemap; detected). {@code backfill}: on the
 * first poll, how many newest items to post; the rest are only marked seen. {@code extract}: fetch
 * each new article page for og: tags, JSON-LD and body text (default true).
 */
public record SourceConfig(
    String id,
    String url,
    boolean enabled,
    Duration every,
    int backfill,
    boolean extract,
    List<String> include,
    List<String> exclude) {

  public SourceConfig {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
  }
}
