package dev.herald.channel.graph;

import java.time.Duration;

/**
 * How long to wait for Meta to fetch and process a media container: at most {@code attempts} status
 * reads with {@code pause} between them. Tests pass a pause that returns at once.
 */
public record ContainerWait(int attempts, Duration delay, Pause pause) {

  public interface Pause {
    void sleep(Duration duration) throws InterruptedException;
  }

  /** Meta recommends checking about once a minute for up to five minutes; images are usually ready in seconds. */
  public static ContainerWait standard() {
    return new ContainerWait(30, Duration.ofSeconds(2), d -> Thread.sleep(d.toMillis()));
  }
}
