package dev.herald.fake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The outlet and all four platforms on loopback, and a {@code herald.yml} in a temp dir that points
 * at them with distinctive credentials (so a test can look for them in every output). Channels:
 * x-main, telegram-main, mastodon-main, bluesky-main; source: main (backfill 2). The Facebook,
 * Instagram, Threads and LinkedIn fakes join with {@link #configWithEveryPlatform}.
 */
public final class FakeWorld implements AutoCloseable {

  public static final String TELEGRAM_TOKEN = "123456789:FAKE_test_token_not_real_aaaaaaaaaaa";
  public static final String X_API_KEY = "xck-consumer-KEY-4e1f0a";
  public static final String X_API_SECRET = "xcs-consumer-SECRET-9b2d77";
  public static final String X_ACCESS_TOKEN = "42-xat-access-TOKEN-c3a9";
  public static final String X_ACCESS_SECRET = "xas-access-SECRET-51f0e2";
  public static final String MASTODON_TOKEN = "mst-token-SECRET-8d4c";
  public static final String BLUESKY_PASSWORD = "bsky-app-pass-SECRET-77aa";
  public static final String FACEBOOK_TOKEN = "EAAG-fb-page-token-SECRET-1a2b";
  public static final String INSTAGRAM_TOKEN = "IGQ-instagram-token-SECRET-3c4d";
  public static final String THREADS_TOKEN = "THQWJ-threads-token-SECRET-7e8f";
  public static final String LINKEDIN_TOKEN = "AQV-linkedin-token-SECRET-9z8y";
  public static final String ADMIN_TOKEN = "adm-token-SECRET-0f9e8d7c";
  public static final String HINDI_HEADLINE = "दिल्ली में वायु प्रदूषण पर सुप्रीम कोर्ट सख़्त, सरकार से जवाब तलब";

  public final FakeOutlet outlet = new FakeOutlet();
  public final FakeX x = new FakeX();
  public final FakeTelegram telegram;
  public final FakeMastodon mastodon = new FakeMastodon();
  public final FakeBluesky bluesky = new FakeBluesky();
  public final FakeFacebook facebook = new FakeFacebook(FACEBOOK_TOKEN);
  public final FakeInstagram instagram = new FakeInstagram(INSTAGRAM_TOKEN);
  public final FakeThreads threads = new FakeThreads(THREADS_TOKEN);
  public final FakeLinkedIn linkedin = new FakeLinkedIn(LINKEDIN_TOKEN);
  private final Path dir;

  /** A world whose Telegram accepts {@link #TELEGRAM_TOKEN}. */
  public FakeWorld(Path dir) {
    this(dir, TELEGRAM_TOKEN);
  }

  /** A world whose Telegram accepts only {@code telegramAccepts}: any other bot token gets 401 Unauthorized. */
  public FakeWorld(Path dir, String telegramAccepts) {
    this.dir = dir;
    this.telegram = new FakeTelegram(telegramAccepts);
    Instant now = Instant.now();
    outlet.publish(item("blinken-china", "'US has evidence of China's interference in elections': Antony Blinken", now.minus(Duration.ofMinutes(40))));
    outlet.publish(item("sensex-record", "Sensex crosses 80,000 for the first time as banks rally", now.minus(Duration.ofMinutes(30))));
    outlet.publish(item("uttarakhand-fire", "Forest fire in Uttarakhand spreads to Nainital, Army deployed", now.minus(Duration.ofMinutes(20))));
    outlet.publish(item("delhi-pollution", HINDI_HEADLINE, now.minus(Duration.ofMinutes(10))));
  }

  public Path dir() {
    return dir;
  }

  /** Adds an article to the outlet's feed, published now. */
  public FakeOutlet.Item breakingNews(String slug, String title) {
    var item = item(slug, title, Instant.now());
    outlet.publish(item);
    return item;
  }

  public static FakeOutlet.Item item(String slug, String title, Instant published) {
    String body = """
        %s, officials said on Tuesday, in a development that is being closely watched across the country.

        The decision came after weeks of deliberation between the ministries concerned and state governments.

        "We will keep the public informed at every step," a senior official told reporters in New Delhi.""".formatted(title);
    return new FakeOutlet.Item(slug, title, "The latest on " + title + ", as it happened.", body, "India", published);
  }

  /** Writes herald.yml with the admin API off and no extra channel keys. */
  public Path config() {
    return config("  enabled: false\n", Map.of());
  }

  /**
   * Writes herald.yml. {@code admin} is the body of the admin section (two-space indent);
   * {@code extras} adds YAML lines (four-space indent) to a channel by id, e.g. {@code "    minSpacing: 10m\n"}.
   */
  public Path config(String admin, Map<String, String> extras) {
    String yaml = """
        outlet:
          name: Jaano Junction
          url: https://www.jaanojunction.com
          timezone: Asia/Kolkata
          handle: "@jaanojunction"
        store:
          url: jdbc:h2:file:%s/data/herald
        admin:
        %s
        sources:
          - id: main
            url: %s
            every: 2m
            backfill: 2
        channels:
          - id: x-main
            type: x
            apiBaseUrl: %s
            uploadBaseUrl: %4$s
            apiKey: %s
            apiSecret: %s
            accessToken: %s
            accessTokenSecret: %s
        %s
          - id: telegram-main
            type: telegram
            apiBaseUrl: %s
            botToken: "%s"
            chatId: "@jaanojunction"
        %s
          - id: mastodon-main
            type: mastodon
            apiBaseUrl: %s
            accessToken: %s
        %s
          - id: bluesky-main
            type: bluesky
            apiBaseUrl: %s
            identifier: jaanojunction.bsky.social
            appPassword: %s
        %s
        """.formatted(dir, admin.stripTrailing(), outlet.feedUrl(),
        x.baseUrl(), X_API_KEY, X_API_SECRET, X_ACCESS_TOKEN, X_ACCESS_SECRET, extra(extras, "x-main"),
        telegram.baseUrl(), TELEGRAM_TOKEN, extra(extras, "telegram-main"),
        mastodon.baseUrl(), MASTODON_TOKEN, extra(extras, "mastodon-main"),
        bluesky.baseUrl(), BLUESKY_PASSWORD, extra(extras, "bluesky-main"));
    Path file = dir.resolve("herald.yml");
    try {
      Files.writeString(file, yaml.replaceAll("\n\\s*\n", "\n"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /**
   * Writes herald.yml with all eight platforms: the four of {@link #config()} plus facebook-page,
   * instagram, threads and linkedin, and the admin server on {@code adminPort} as publicBaseUrl
   * (Instagram and Threads fetch the cards from it).
   */
  public Path configWithEveryPlatform(int adminPort) {
    Path file = config("  enabled: true\n  port: " + adminPort + "\n  token: " + ADMIN_TOKEN + "\n", Map.of());
    String more = """
        publicBaseUrl: http://127.0.0.1:%d
        """.formatted(adminPort) + """
          - id: facebook-page
            type: facebook
            apiBaseUrl: %s
            pageId: "%s"
            accessToken: %s
          - id: instagram
            type: instagram
            apiBaseUrl: %s
            igUserId: "%s"
            accessToken: %s
          - id: threads
            type: threads
            apiBaseUrl: %s
            userId: "%s"
            accessToken: %s
          - id: linkedin
            type: linkedin
            apiBaseUrl: %s
            organizationId: "%s"
            accessToken: %s
            version: "202511"
        """.formatted(facebook.baseUrl(), FakeFacebook.PAGE_ID, FACEBOOK_TOKEN, instagram.baseUrl(), FakeInstagram.IG_USER_ID,
        INSTAGRAM_TOKEN, threads.baseUrl(), FakeThreads.USER_ID, THREADS_TOKEN, linkedin.baseUrl(),
        FakeLinkedIn.ORGANIZATION_ID, LINKEDIN_TOKEN);
    try {
      String yaml = Files.readString(file, StandardCharsets.UTF_8);
      String[] parts = more.split("\n", 2);
      Files.writeString(file, parts[0] + "\n" + yaml.stripTrailing() + "\n" + parts[1], StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private static String extra(Map<String, String> extras, String channel) {
    return extras.getOrDefault(channel, "").stripTrailing();
  }

  /** Every secret the config holds, by the key that holds it. */
  public static Map<String, String> secrets() {
    return Map.ofEntries(
        Map.entry("telegram botToken", TELEGRAM_TOKEN),
        Map.entry("x apiKey", X_API_KEY),
        Map.entry("x apiSecret", X_API_SECRET),
        Map.entry("x accessToken", X_ACCESS_TOKEN),
        Map.entry("x accessTokenSecret", X_ACCESS_SECRET),
        Map.entry("mastodon accessToken", MASTODON_TOKEN),
        Map.entry("bluesky appPassword", BLUESKY_PASSWORD),
        Map.entry("admin token", ADMIN_TOKEN),
        Map.entry("facebook accessToken", FACEBOOK_TOKEN),
        Map.entry("instagram accessToken", INSTAGRAM_TOKEN),
        Map.entry("threads accessToken", THREADS_TOKEN),
        Map.entry("linkedin accessToken", LINKEDIN_TOKEN));
  }

  @Override
  public void close() throws IOException {
    for (FakeApi fake : List.of(outlet, x, telegram, mastodon, bluesky, facebook, instagram, threads, linkedin)) fake.close();
  }
}
