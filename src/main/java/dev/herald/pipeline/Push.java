package dev.herald.pipeline;

import dev.herald.config.HeraldConfig;
import dev.herald.config.SourceConfig;
import dev.herald.source.Article;
import dev.herald.source.UrlNormalizer;
import dev.herald.store.Store;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * A story the CMS pushes the moment it is published ({@code POST /api/articles}): it goes through
 * {@link Ingest} like a polled one, so a later poll of the same URL posts nothing. The pushed fields
 * win over the page's; the page is read only for what is missing.
 */
public final class Push {

  /** The source a push is filed under when it names none and no configured source shares its host. */
  public static final String PUSH_SOURCE = "push";

  private final HeraldConfig config;
  private final Ingest ingest;
  private final Store store;
  private final Set<String> channels;

  Push(HeraldConfig config, Ingest ingest, Store store, Set<String> channels) {
    this.config = config;
    this.ingest = ingest;
    this.store = store;
    this.channels = channels;
  }

  /** What the CMS said. Only {@code url} is required; {@code priority} null lets the channels' rules decide. */
  public record Request(String url, String title, String summary, String image, String section, List<String> tags,
      String language, Integer priority, String source, List<String> channels) {

    public Request {
      tags = tags == null ? List.of() : List.copyOf(tags);
      channels = channels == null ? List.of() : List.copyOf(channels);
    }
  }

  /** The answer: {@code id} of the article (new or known), or why nothing was taken. */
  public sealed interface Outcome {
    record Queued(long id) implements Outcome {}

    record Known(long id) implements Outcome {}

    record Filtered(String source) implements Outcome {}

    /** The request names something Herald does not have ({@code field}: source or channels). */
    record Unknown(String field, String message) implements Outcome {}
  }

  public Outcome accept(Request request) {
    Optional<SourceConfig> source = source(request);
    if (source.isEmpty()) {
      return new Outcome.Unknown("source", "no source '" + request.source() + "'; configured: " + String.join(", ",
          config.sources().stream().map(SourceConfig::id).toList()));
    }
    for (String channel : request.channels()) {
      if (!channels.contains(channel)) {
        return new Outcome.Unknown("channels", "no enabled channel '" + channel + "'; enabled: " + String.join(", ", channels));
      }
    }
    String url = UrlNormalizer.normalize(request.url());
    Optional<Long> known = store.articles().idOf(url);
    if (known.isPresent()) return new Outcome.Known(known.get());
    Optional<Long> id = ingest.accept(source.get(), article(request, url), request.priority(), Set.copyOf(request.channels()));
    if (id.isPresent()) return new Outcome.Queued(id.get());
    // Lost a race with a poll (known now), or the source's filter said no.
    return store.articles().idOf(url).<Outcome>map(Outcome.Known::new).orElse(new Outcome.Filtered(source.get().id()));
  }

  private static Article article(Request r, String url) {
    return new Article(url, null, null, blankToNull(r.title()), blankToNull(r.summary()), null, blankToNull(r.image()),
        null, blankToNull(r.section()), r.tags(), null, blankToNull(r.language()));
  }

  /** The named source; else the configured source on the article's host; else the built-in {@value #PUSH_SOURCE}. */
  private Optional<SourceConfig> source(Request request) {
    if (request.source() != null) return config.source(request.source());
    String host = host(request.url());
    for (SourceConfig s : config.enabledSources()) {
      if (host != null && host.equals(host(s.url()))) return Optional.of(s);
    }
    return Optional.of(new SourceConfig(PUSH_SOURCE, null, true, Duration.ofDays(1), 0, true, List.of(), List.of()));
  }

  private static String host(String url) {
    HttpUrl parsed = url == null ? null : HttpUrl.parse(url.strip());
    if (parsed == null) return null;
    String host = parsed.host().toLowerCase(Locale.ROOT);
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
