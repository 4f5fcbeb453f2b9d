package dev.herald.fake;

import dev.herald.config.ConfigLoader;
import dev.herald.config.HeraldConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The outlet (empty at first) and all four platforms on loopback, and a config choosing channels and
 * scheduler keys, for delivery tests and benchmarks. Channel ids
 * are {@code x-main}, {@code telegram-main}, {@code mastodon-main} and {@code bluesky-main}.
 */
public final class DeliveryFakes implements AutoCloseable {

  public static final String TELEGRAM_TOKEN = "123456789:FAKE_test_token_not_real_aaaaaaaaaaa";
  public static final String MASTODON_TOKEN = "test-mastodon-token";

  public final FakeOutlet outlet = new FakeOutlet();
  public final FakeX x = new FakeX();
  public final FakeTelegram telegram = new FakeTelegram(TELEGRAM_TOKEN);
  public final FakeMastodon mastodon = new FakeMastodon();
  public final FakeBluesky bluesky = new FakeBluesky();

  /**
   * Writes {@code herald.yml} in {@code dir} (its H2 store beside it) and loads it. {@code scheduler}
   * and {@code channelKeys} are YAML lines added to the scheduler section and to every channel.
   */
  public HeraldConfig config(Path dir, List<String> scheduler, List<String> channelKeys, String... channelIds) {
    return config(dir, "admin:\n  enabled: false\n", scheduler, channelKeys, channelIds);
  }

  /** As above, with {@code top} (YAML: the admin section and any other top-level keys) in place of a closed admin server. */
  public HeraldConfig config(Path dir, String top, List<String> scheduler, List<String> channelKeys, String... channelIds) {
    var yaml = new StringBuilder("""
        outlet:
          name: Jaano Junction
          url: https://www.jaanojunction.com
          timezone: Asia/Kolkata
          handle: "@jaanojunction"
        store:
          url: jdbc:h2:file:%s/data/herald
        """.formatted(dir)).append(top);
    if (!scheduler.isEmpty()) yaml.append("scheduler:\n");
    scheduler.forEach(line -> yaml.append("  ").append(line).append('\n'));
    yaml.append("""
        sources:
          - id: main
            url: %s
            every: 1m
            backfill: 10
        channels:
        """.formatted(outlet.feedUrl()));
    for (String id : channelIds) {
      yaml.append(channel(id));
      channelKeys.forEach(line -> yaml.append("    ").append(line).append('\n'));
    }
    return load(dir.resolve("herald.yml"), yaml.toString());
  }

  private String channel(String id) {
    return switch (id) {
      case "x-main" -> """
            - id: x-main
              type: x
              apiBaseUrl: %1$s
              uploadBaseUrl: %1$s
              apiKey: test-consumer-key
              apiSecret: test-consumer-secret
              accessToken: 42-test-access-token
              accessTokenSecret: test-access-secret
          """.formatted(x.baseUrl());
      case "telegram-main" -> """
            - id: telegram-main
              type: telegram
              apiBaseUrl: %s
              botToken: "%s"
              chatId: "@jaanojunction"
          """.formatted(telegram.baseUrl(), TELEGRAM_TOKEN);
      case "mastodon-main" -> """
            - id: mastodon-main
              type: mastodon
              apiBaseUrl: %s
              accessToken: %s
          """.formatted(mastodon.baseUrl(), MASTODON_TOKEN);
      case "bluesky-main" -> """
            - id: bluesky-main
              type: bluesky
              apiBaseUrl: %s
              identifier: jaanojunction.bsky.social
              appPassword: test-app-password
          """.formatted(bluesky.baseUrl());
      default -> throw new IllegalArgumentException("no fake for channel " + id);
    };
  }

  public static HeraldConfig load(Path file, String yaml) {
    try {
      Files.writeString(file, yaml, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var result = ConfigLoader.load(file, Map.of());
    return result.config().orElseThrow(() -> new AssertionError("test config refused: " + result.problems()));
  }

  @Override
  public void close() throws IOException {
    for (FakeApi fake : List.of(outlet, x, telegram, mastodon, bluesky)) fake.close();
  }
}
