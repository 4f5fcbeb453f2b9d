package dev.herald.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.herald.card.Card;
import dev.herald.compose.Composer;
import dev.herald.compose.ExtractiveSummarizer;
import dev.herald.compose.Templates;
import dev.herald.config.ChannelConfig;
import dev.herald.config.ConfigLoader;
import dev.herald.config.ConfigProblem;
import dev.herald.config.HashtagSettings;
import dev.herald.config.HeraldConfig;
import dev.herald.config.Outlet;
import dev.herald.config.QuietHours;
import dev.herald.config.Secrets;
import dev.herald.config.Setting;
import dev.herald.config.Utm;
import dev.herald.fake.FakeCardHost;
import dev.herald.fake.FakeWorld;
import dev.herald.source.Article;
import dev.herald.store.PostKeys;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every platform plug-in on the classpath promises, run over each provider {@link java.util.ServiceLoader}
 * finds: a new platform is held to it by adding its line to META-INF/services, and its fake round trip by
 * giving FakeWorld's config a channel of its type.
 */
class ProviderContractTest {

  static final Outlet OUTLET = new Outlet("Jaano Junction", "https://www.jaanojunction.com", "en",
      ZoneId.of("Asia/Kolkata"), "@jaanojunction", null);
  static final String HINDI_HEADLINE = "पूर्वोत्तर सीमांत रेलवे छुट्टियों के लिए चलाएगा 20 शीतकालीन विशेष ट्रेनें, यात्रियों को मिलेगी बड़ी राहत";
  static final String HINDI_SENTENCE = "रेलवे ने बताया कि ये ट्रेनें दिसंबर से फरवरी तक गुवाहाटी, दिल्ली और कोलकाता के बीच चलेंगी। ";
  static final String ENGLISH_HEADLINE = "US has evidence of China's interference in elections, says Antony Blinken in a long interview";
  static final String ENGLISH_SENTENCE = "The Secretary of State said the evidence was shared with allies over several months of talks. ";

  @TempDir Path dir;

  @TestFactory
  Stream<DynamicNode> everyRegisteredProviderKeepsThePlatformContract() {
    assertThat(ChannelProviders.all()).as("providers found by ServiceLoader").isNotEmpty();
    return ChannelProviders.all().values().stream().map(provider -> DynamicContainer.dynamicContainer(provider.type(), List.of(
        dynamicTest("counts plain text as its characters and escapes nothing in it", () -> counts(provider)),
        dynamicTest("a long English and a long Hindi article compose into posts that fit and keep the link", () -> limits(provider)),
        dynamicTest("its default template is valid and renders both articles", () -> template(provider)),
        dynamicTest("missing required settings are problems and secrets are redacted", () -> settings(provider)),
        dynamicTest("publishes through its channel against its fake", () -> roundTrip(provider)))));
  }

  private static void counts(ChannelProvider provider) {
    var rules = provider.textRules(channel(provider, Map.of()));
    assertThat(rules.maxLength()).isPositive();
    assertThat(rules.length("Jaano Junction")).isEqualTo(14);
    assertThat(rules.escape("Jaano Junction 2026")).isEqualTo("Jaano Junction 2026");
    assertThat(rules.length("नमस्ते भारत")).isBetween(1, 11);
    assertThat(rules.fits("a".repeat(rules.maxLength()))).isTrue();
    assertThat(rules.fits("a".repeat(rules.maxLength() + 1))).isFalse();
  }

  private static void limits(ChannelProvider provider) {
    var config = channel(provider, Map.of());
    var rules = provider.textRules(config);
    for (Article article : List.of(english(), hindi())) {
      String text = compose(provider, config, article);
      assertThat(rules.fits(text)).as("%s fits %d: %s", article.language(), rules.maxLength(), text).isTrue();
      if (provider.defaultTemplate().contains("{{url}}"))
        assertThat(text).contains(rules.escape(article.url()));
    }
  }

  private static void template(ChannelProvider provider) {
    assertThat(Templates.problems(provider.defaultTemplate())).isEmpty();
    var config = channel(provider, Map.of());
    // The story shows in the text: its headline, or (where a link card carries the headline) its opening.
    assertThat(compose(provider, config, english())).containsAnyOf("US has evidence", ENGLISH_SENTENCE.strip());
    assertThat(compose(provider, config, hindi())).containsAnyOf("पूर्वोत्तर सीमांत रेलवे", HINDI_SENTENCE.strip());
  }

  private static void settings(ChannelProvider provider) {
    var schema = provider.settings();
    // A platform that fetches cards by URL also needs publicBaseUrl: a top-level key, not one of its settings.
    var yaml = "outlet: {name: Jaano Junction}\n" + (provider.needsPublicCards() ? "publicBaseUrl: https://herald.example.com\n" : "")
        + "channels:\n  - id: contract\n    type: " + provider.type() + "\n";
    List<ConfigProblem> problems = ConfigLoader.parse(yaml, Map.of(), ChannelProviders.catalog()).problems();
    var missing = problems.stream().filter(ConfigProblem::isError).map(ConfigProblem::path).collect(Collectors.toSet());
    assertThat(missing).containsExactlyInAnyOrderElementsOf(
        schema.requiredKeys().stream().map(key -> "channels[0]." + key).toList());

    var values = new StringBuilder(yaml);
    for (Setting setting : schema.settings()) {
      String value = setting.isSecret() ? "contract-secret-" + provider.type() + "-" + setting.key() : example(setting);
      values.append("    ").append(setting.key()).append(": \"").append(value).append("\"\n");
    }
    var loaded = ConfigLoader.parse(values.toString(), Map.of(), ChannelProviders.catalog());
    assertThat(loaded.errors()).as(values.toString()).isEmpty();
    for (String key : schema.secretKeys()) {
      String secret = "contract-secret-" + provider.type() + "-" + key;
      assertThat(Secrets.redact("token " + secret)).isEqualTo("token " + Secrets.MASK);
    }
    schema.read(loaded.config().orElseThrow().channels().get(0));
  }

  private void roundTrip(ChannelProvider provider) throws Exception {
    Files.createDirectories(dir.resolve(provider.type()));
    try (var world = new FakeWorld(dir.resolve(provider.type())); var cards = new FakeCardHost()) {
      ChannelConfig config = worldChannel(world, provider);
      var context = new ChannelContext(new OkHttpClient(), Clock.systemUTC(), OUTLET, cards);
      int before = seen(world);
      try (Channel channel = provider.create(config, context)) {
        String text = compose(provider, config, hindi());
        var keys = PostKeys.fresh(Instant.now());
        var post = new OutgoingPost(7, config.id(), text, hindi().url(), hindi().title(), hindi().description(), "hi",
            card(provider), keys.idempotencyKey(), keys.recordKey());

        Receipt receipt = channel.publish(post);

        assertThat(receipt).isNotNull();
        assertThat(receipt.platformId()).isNotBlank();
      }
      boolean wroteFiles = provider.type().equals("preview") && Files.list(dir.resolve("preview-out")).findAny().isPresent();
      assertThat(seen(world) > before || wroteFiles).as("the fake saw the post").isTrue();
    }
  }

  private static int seen(FakeWorld world) {
    return Stream.of(world.x, world.telegram, world.mastodon, world.bluesky, world.facebook, world.instagram, world.threads,
        world.linkedin).mapToInt(fake -> fake.requests().size()).sum();
  }

  /** The channel of this type in FakeWorld's config; preview, which needs no fake, writes under the test's dir. */
  private ChannelConfig worldChannel(FakeWorld world, ChannelProvider provider) {
    if (provider.type().equals("preview")) return channel(provider, Map.of("dir", dir.resolve("preview-out").toString()));
    // Every platform's channel; the admin port only names publicBaseUrl here, the cards come from a FakeCardHost.
    HeraldConfig config = ConfigLoader.load(world.configWithEveryPlatform(9), Map.of()).config().orElseThrow();
    return config.channels().stream().filter(c -> c.type().equals(provider.type())).findFirst()
        .orElseThrow(() -> new AssertionError("FakeWorld's config has no channel of type " + provider.type()
            + ": give it one against a fake of the platform"));
  }

  private static String compose(ChannelProvider provider, ChannelConfig config, Article article) {
    var composer = new Composer();
    return composer.compose(article, new ExtractiveSummarizer().summarize(article), config, provider.type(),
        provider.textRules(config), provider.defaultTemplate(), OUTLET).text();
  }

  private static String example(Setting setting) {
    if (setting.defaultValue() != null) return setting.defaultValue();
    return switch (setting.kind()) {
      case URL -> "https://example.com";
      case CHOICE -> setting.choices().get(0);
      case INTEGER -> Long.toString(setting.min());
      case BOOL -> "true";
      case DURATION -> setting.min() + "s";
      case TEXT -> "contract-value";
    };
  }

  static ChannelConfig channel(ChannelProvider provider, Map<String, String> settings) {
    return new ChannelConfig(provider.type() + "-contract", provider.type(), true, null, provider.defaultCard().configName(),
        Duration.ZERO, QuietHours.NONE, 0, Duration.ofHours(12), List.of(), new Utm(true, provider.type(), "social", "herald"),
        new HashtagSettings(3, Map.of(), List.of("JaanoJunction")), settings);
  }

  static Article english() {
    return new Article("https://www.jaanojunction.com/world/us-has-evidence-of-chinas-interference-in-elections-antony-blinken",
        "guid-en", "main", ENGLISH_HEADLINE, ENGLISH_SENTENCE.repeat(3), ENGLISH_SENTENCE.repeat(60), null,
        Instant.parse("2026-11-27T06:30:00Z"), "World", List.of("China", "Elections"), "Jaano Junction Desk", "en");
  }

  static Article hindi() {
    return new Article("https://www.jaanojunction.com/india/nfr-winter-special-trains-2026", "guid-hi", "main",
        HINDI_HEADLINE, HINDI_SENTENCE.repeat(3), HINDI_SENTENCE.repeat(60), null, Instant.parse("2026-11-27T06:30:00Z"),
        "देश", List.of("रेलवे", "ट्रेन"), "जानो जंक्शन", "hi");
  }

  private static Card card(ChannelProvider provider) {
    var layout = provider.defaultCard();
    var image = new BufferedImage(layout.width, layout.height, BufferedImage.TYPE_INT_RGB);
    var bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "jpg", bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Card(bytes.toByteArray(), "image/jpeg", layout.width, layout.height, HINDI_HEADLINE);
  }
}
