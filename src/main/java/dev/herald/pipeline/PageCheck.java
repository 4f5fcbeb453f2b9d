package dev.herald.pipeline;

import dev.herald.config.HeraldConfig;
import dev.herald.config.Secrets;
import dev.herald.config.SourceConfig;
import dev.herald.source.Article;
import dev.herald.source.Fetcher;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Just before a post goes out, one {@code HEAD} of its article's page (through the guarded fetcher): a
 * page that now answers 404 or 410 was taken down, and its posts are skipped with that reason. A story
 * merely gone from the feed is still published; no answer, or any other status, publishes too. Only
 * pages Herald may read are asked (the source's {@code extract}, or a push). One answer serves every
 * channel for {@link #REMEMBER}.
 */
class PageCheck {

  private static final Logger log = LoggerFactory.getLogger(PageCheck.class);
  static final Duration REMEMBER = Duration.ofMinutes(1);
  private static final int MAX_REMEMBERED = 1000;

  /** Checks nothing (every page is there). */
  static final PageCheck NONE = new PageCheck(null, null, null);

  private final HeraldConfig config;
  private final Fetcher fetcher;
  private final Clock clock;
  private final ConcurrentHashMap<String, Answer> answers = new ConcurrentHashMap<>();

  private record Answer(Instant at, Optional<String> gone) {}

  PageCheck(HeraldConfig config, Fetcher fetcher, Clock clock) {
    this.config = config;
    this.fetcher = fetcher;
    this.clock = clock;
  }

  /** Why the article must not be published (its page is gone), or empty. */
  Optional<String> gone(Article article) {
    if (fetcher == null || !readable(article)) return Optional.empty();
    Instant now = clock.instant();
    Answer known = answers.get(article.url());
    if (known != null && known.at().plus(REMEMBER).isAfter(now)) return known.gone();
    if (answers.size() > MAX_REMEMBERED) answers.clear();
    Optional<String> gone = ask(article.url());
    answers.put(article.url(), new Answer(now, gone));
    return gone;
  }

  private Optional<String> ask(String url) {
    try {
      int code = fetcher.status(url);
      if (code == 404 || code == 410) {
        return Optional.of("the article page now answers " + code + (code == 410 ? " Gone" : " Not Found")
            + ": it was taken down before its slot");
      }
    } catch (IOException e) {
      log.debug("Could not check {} before publishing: {}", Secrets.redact(url), Secrets.redact(String.valueOf(e.getMessage())));
    }
    return Optional.empty();
  }

  private boolean readable(Article article) {
    if (article.url() == null || !article.url().regionMatches(true, 0, "http", 0, 4)) return false;
    if (Push.PUSH_SOURCE.equals(article.sourceId())) return true;
    return config.source(article.sourceId()).map(SourceConfig::extract).orElse(false);
  }
}
