package dev.herald.channel.mastodon;

import java.time.Duration;

/**
 * How long to wait for Mastodon to finish processing an uploaded image: at most {@code attempts}
 * polls of {@code GET /api/v1/media/:id}, with {@code pause} between them. Tests pass a pause that
 * returns at once.
 */
record MediaWait(int attempts, Duration delay, Pause pause) {

  interface Pause {
    void sleep(Duration duration) throws InterruptedException;
  }

  static MediaWait standard() {
    return new MediaWait(10, Duration.ofSeconds(1), d -> Thread.sleep(d.toMillis()));
  }
}
