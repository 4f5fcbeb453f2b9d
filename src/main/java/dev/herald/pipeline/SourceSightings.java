package dev.herald.pipeline;

import dev.herald.config.HeraldConfig;
import dev.herald.config.Secrets;
import dev.herald.config.SourceConfig;
import dev.herald.source.Article;
import dev.herald.source.FeedException;
import dev.herald.source.FeedSource;
import dev.herald.source.Fetcher;
import dev.herald.source.UrlNormalizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * For "why wasn't this posted?" about an article Herald never stored: asks every enabled source now
 * whether it lists the URL and, when it does, which include/exclude rule drops it.
 */
public final class SourceSightings {

  /** One source's answer: {@code listed}, {@code droppedBy} (null when its filters keep it), or {@code error}. */
  public record Sighting(String source, boolean listed, String droppedBy, String error) {}

  private final HeraldConfig config;
  private final Fetcher fetcher;

  SourceSightings(HeraldConfig config, Fetcher fetcher) {
    this.config = config;
    this.fetcher = fetcher;
  }

  public List<Sighting> look(String url) {
    String wanted = UrlNormalizer.normalize(url);
    var sightings = new ArrayList<Sighting>();
    for (SourceConfig source : config.enabledSources()) {
      var feed = new FeedSource(source, fetcher);
      try {
        Article found = feed.listed().stream().filter(a -> a.url() != null && UrlNormalizer.normalize(a.url()).equals(wanted))
            .findFirst().orElse(null);
        sightings.add(new Sighting(source.id(), found != null, found == null ? null : feed.dropReason(found).orElse(null), null));
      } catch (IOException | FeedException | RuntimeException e) {
        sightings.add(new Sighting(source.id(), false, null, Secrets.redact(String.valueOf(e.getMessage()))));
      }
    }
    return sightings;
  }
}
