package dev.herald.it;

import dev.herald.fake.FakeOutlet;
import dev.herald.fake.Recorded;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The outlet side of an IT: a fake site with numbered items, and the Herald config that watches it. */
final class Newsroom {

  static final String TELEGRAM_TOKEN = "123456789:FAKE_it_token_not_real_aaaaaaaaaaaaa";
  private static final Pattern SLUG = Pattern.compile("/news/(item-\\d+)");

  private Newsroom() {}

  /** Publishes {@code count} items, item-1 the newest, a minute apart (a ten in Hindi keeps Devanagari on the path). */
  static void publishItems(FakeOutlet outlet, int count) {
    Instant now = Instant.now();
    for (int i = count; i >= 1; i--) {
      String title = i % 10 == 0 ? "दिल्ली में खबर नंबर " + i : "Story number " + i + " from the Jaano Junction desk";
      outlet.publish(new FakeOutlet.Item("item-" + i, title, "What happened in story " + i + ".",
          "Story " + i + " body.\n\nMore on story " + i + ".", "India", now.minus(Duration.ofMinutes(i))));
    }
  }

  /** The article slug a platform request is about (from its text, link or button), or null. */
  static String slug(Recorded request) {
    // Form bodies carry the link URL-encoded; their decoded fields carry it plain.
    var m = SLUG.matcher(String.join("\n", request.fields().values()) + "\n" + request.bodyText());
    return m.find() ? m.group(1) : null;
  }

  /** How many times each article reached the platform, by slug. */
  static Map<String, Long> sendsBySlug(List<Recorded> sends) {
    return sends.stream().map(Newsroom::slug).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  static boolean isTelegramSend(Recorded r) {
    return r.path().toLowerCase(java.util.Locale.ROOT).matches(".*/send(photo|message)$");
  }

  /** Writes a config with one source and the given channel block (YAML list entry, indented 2). */
  static Path writeConfig(Path dir, String storeUrl, String scheduler, FakeOutlet outlet, int backfill, String channel) {
    return writeConfig(dir, storeUrl, scheduler, outlet, backfill, "1m", channel);
  }

  /** The same, polling the source every {@code every}. */
  static Path writeConfig(Path dir, String storeUrl, String scheduler, FakeOutlet outlet, int backfill, String every,
      String channel) {
    String yaml = """
        outlet:
          name: Jaano Junction
          url: https://www.jaanojunction.com
          timezone: Asia/Kolkata
        store:
          url: %s
        admin:
          enabled: false
        scheduler:
        %s
        sources:
          - id: main
            url: %s
            every: %s
            backfill: %d
            extract: false
        channels:
        %s
        """.formatted(storeUrl, scheduler.indent(2).stripTrailing(), outlet.feedUrl(), every, backfill,
        channel.indent(2).stripTrailing());
    Path config = dir.resolve("herald.yml");
    try {
      Files.writeString(config, yaml, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return config;
  }

  static String telegram(String baseUrl) {
    return telegram(baseUrl, "telegram-main", "@jaanojunction");
  }

  static String telegram(String baseUrl, String id, String chatId) {
    return """
        - id: %s
          type: telegram
          apiBaseUrl: %s
          botToken: "%s"
          chatId: "%s"
          minSpacing: 0s
          maxAge: 30d
        """.formatted(id, baseUrl, TELEGRAM_TOKEN, chatId);
  }

  static String mastodon(String baseUrl) {
    return """
        - id: mastodon-main
          type: mastodon
          apiBaseUrl: %s
          accessToken: test-mastodon-token
          minSpacing: 0s
          maxAge: 30d
        """.formatted(baseUrl);
  }
}
