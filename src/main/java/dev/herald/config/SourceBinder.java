package dev.herald.config;

import java.time.Duration;

/** Reads one item of {@code sources}. */
final class SourceBinder {

  static final Duration DEFAULT_EVERY = Duration.ofMinutes(5);
  static final Duration MIN_EVERY = Duration.ofSeconds(30);

  SourceConfig bind(Section source) {
    String id = source.required("id");
    if (id != null) id = source.parsed("id", id, Values::id, IdChecks.EXPECTED);
    String url = source.required("url");
    if (url != null) url = source.parsed("url", url, Values::feedLocation, "an http(s) URL, a file: URL or a file path");
    boolean enabled = source.bool("enabled", true);
    Duration every = source.duration("every", DEFAULT_EVERY, MIN_EVERY);
    int backfill = source.integer("backfill", 0, 0, Integer.MAX_VALUE);
    boolean extract = source.bool("extract", true);
    var include = source.strings("include");
    var exclude = source.strings("exclude");
    source.rejectUnknownKeys();
    return new SourceConfig(id, url, enabled, every, backfill, extract, include, exclude);
  }
}
