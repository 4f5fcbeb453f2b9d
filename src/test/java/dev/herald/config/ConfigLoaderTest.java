package dev.herald.config;

import static dev.herald.config.Fixtures.CONTRACT_ENV;
import static dev.herald.config.Fixtures.errorLines;
import static dev.herald.config.Fixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.config.ConfigProblem.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {

  @Test
  void contractExampleLoadsWithEveryCredentialSet() {
    var result = Fixtures.load("contract-example.yml", CONTRACT_ENV);

    assertThat(result.ok()).isTrue();
    var config = result.config().orElseThrow();
    assertThat(config.outlet().name()).isEqualTo("Jaano Junction");
    assertThat(config.outlet().timezone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
    assertThat(config.admin().token()).isEqualTo("admin-token-7f3a9c");
    assertThat(config.sources()).singleElement().satisfies(s -> {
      assertThat(s.id()).isEqualTo("main");
      assertThat(s.every()).isEqualTo(Duration.ofMinutes(2));
      assertThat(s.include()).isEmpty();
    });
    assertThat(config.channels()).extracting(ChannelConfig::id)
        .containsExactly("x-main", "telegram-main", "mastodon-main", "bluesky-main", "preview");
    var x = config.channel("x-main").orElseThrow();
    assertThat(x.card()).isEqualTo("landscape");
    assertThat(x.minSpacing()).isEqualTo(Duration.ofMinutes(10));
    assertThat(x.quietHours()).isEqualTo(new QuietHours(LocalTime.of(1, 0), LocalTime.of(6, 0)));
    assertThat(x.maxPerDay()).isEqualTo(40);
    assertThat(x.setting("apiKey")).contains("x-key-11111");
    assertThat(x.setting("uploadBaseUrl")).contains("https://upload.twitter.com");
    assertThat(config.channel("telegram-main").orElseThrow().setting("chatId")).contains("@jaanojunction");
    assertThat(config.channel("bluesky-main").orElseThrow().card()).as("provider's default card").isEqualTo("square");
  }

  @Test
  void contractExampleLoadsWithoutAProblemFromTheRepositoryRoot() {
    var result = Fixtures.load("contract-example.yml", CONTRACT_ENV);

    // config/brand/logo.png ships with Herald, so the contract's example is clean as written.
    assertThat(result.problems()).isEmpty();
    assertThat(result.config().orElseThrow().outlet().brand().logo()).hasFileName("logo.png").exists();
  }

  @Test
  void unsetCredentialNamesItsKeyPathLineAndVariable() {
    var env = new HashMap<>(CONTRACT_ENV);
    env.remove("TELEGRAM_BOT_TOKEN");

    var result = Fixtures.load("contract-example.yml", env);

    assertThat(result.ok()).isFalse();
    assertThat(result.config()).isEmpty();
    assertThat(errorLines(result))
        .containsExactly("channels[1].botToken (line 40): missing — environment variable TELEGRAM_BOT_TOKEN is not set");
  }

  @Test
  void defaultsAreFilledForEveryOmittedKey() {
    var config = Fixtures.loadValid("minimal-defaults.yml", Map.of());

    assertThat(config.outlet().language()).isEqualTo("en");
    assertThat(config.outlet().timezone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(config.outlet().handle()).isNull();
    assertThat(config.outlet().brand()).isEqualTo(new Brand("#B3122E", "#FFFFFF", "#FFC94A", null, null, null));
    assertThat(config.store()).isEqualTo(new StoreSettings("jdbc:h2:file:./data/herald", "", "", 5));
    assertThat(config.scheduler()).isEqualTo(new SchedulerSettings(
        false, 4, 8, Duration.ofSeconds(5), Duration.ofMinutes(30), Duration.ofSeconds(15), Duration.ofMinutes(5)));
    assertThat(config.admin()).isEqualTo(new AdminSettings(true, 8080, ""));
    assertThat(config.summarizer()).isEqualTo(new SummarizerSettings("extractive", null, null, null, Duration.ofSeconds(10)));
    assertThat(config.sources().get(0)).isEqualTo(new SourceConfig(
        "main", "https://www.jaanojunction.com/feed", true, Duration.ofMinutes(5), 0, true, java.util.List.of(), java.util.List.of()));
    var channel = config.channels().get(0);
    assertThat(channel.enabled()).isTrue();
    assertThat(channel.template()).isNull();
    assertThat(channel.card()).isEqualTo("og");
    assertThat(channel.minSpacing()).isEqualTo(Duration.ofMinutes(5));
    assertThat(channel.quietHours().isNone()).isTrue();
    assertThat(channel.maxPerDay()).isZero();
    assertThat(channel.maxAge()).isEqualTo(Duration.ofHours(12));
    assertThat(channel.priority()).isEmpty();
    assertThat(channel.utm()).isEqualTo(new Utm(true, channel.type(), "social", "herald"));
    assertThat(channel.hashtags()).isEqualTo(new HashtagSettings(2, Map.of(), java.util.List.of()));
    assertThat(channel.settings()).containsExactly(Map.entry("dir", "out/"));
  }

  @Test
  void blankAdminTokenIsOnlyAWarning() {
    var result = Fixtures.load("minimal-defaults.yml");

    assertThat(result.ok()).isTrue();
    assertThat(lines(result)).containsExactly("warning: admin.token: admin API is closed until admin.token is set");
  }

  @Test
  void portFromTheEnvironmentWinsOverAdminPort() {
    var config = Fixtures.loadValid("minimal-defaults.yml", Map.of("PORT", "5055"));

    assertThat(config.admin().port()).isEqualTo(5055);
  }

  @Test
  void malformedPortInTheEnvironmentIsAnError() {
    assertThat(errorLines(Fixtures.load("minimal-defaults.yml", Map.of("PORT", "http")))).containsExactly(
        "admin.port: environment variable PORT is not a port number: 'http'");
  }

  @Test
  void missingFileIsAProblemNotAnException() {
    var result = ConfigLoader.load(Path.of("no/such/herald.yml"), Map.of(), ContractCatalog.contractTypes());

    assertThat(result.ok()).isFalse();
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.isError()).isTrue();
      assertThat(p.path()).isEmpty();
      assertThat(p.message()).startsWith("config file not found: ").endsWith("herald.yml");
    });
  }

  @Test
  void emptyFileIsOneProblem() {
    assertThat(lines(Fixtures.load("empty.yml"))).containsExactly("the config file is empty");
  }

  @Test
  void yamlSyntaxErrorIsOneProblemWithItsLine() {
    var result = Fixtures.load("syntax-error.yml");

    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.isError()).isTrue();
      assertThat(p.line()).isEqualTo(6);
      assertThat(p.message()).startsWith("not valid YAML: ").contains("indentation");
    });
  }

  @Test
  void fileThatIsNotAMapIsOneError() {
    var result = ConfigLoader.parse("- outlet\n- sources\n", Map.of(), ContractCatalog.none());

    assertThat(lines(result)).containsExactly(
        "line 1: expected a map of sections (outlet, store, scheduler, admin, summarizer, sources, channels), got a list");
  }

  @Test
  void missingSourcesAndChannelsAreWarningsNotErrors() {
    var result = ConfigLoader.parse("outlet: {name: Jaano Junction}\nadmin: {enabled: false}\n", Map.of(), ContractCatalog.none());

    assertThat(result.ok()).isTrue();
    assertThat(lines(result)).containsExactly(
        "warning: sources: no sources configured — nothing will be polled",
        "warning: channels: no channels configured — nothing will be published");
  }

  @Test
  void duplicateYamlKeyIsAnError() {
    assertThat(errorLines(Fixtures.load("duplicate-yaml-key.yml"))).containsExactly("outlet.name (line 3): duplicate key 'name'");
  }

  @Test
  void yamlAliasIsRefusedRatherThanReadAsItsAnchorName() {
    assertThat(errorLines(Fixtures.load("yaml-alias.yml"))).containsExactly(
        "x-defaults (line 3): unknown key 'x-defaults' — known keys here: outlet, store, scheduler, admin, summarizer, sources, channels, publicBaseUrl, allowPrivateHosts, ingest",
        "channels[0].minSpacing (line 10): YAML aliases (*defaults) are not supported — write the value out");
  }

  @Test
  void yamlYesAndNoAreBooleans() {
    var yaml = "outlet: {name: x}\nadmin: {enabled: no}\nsources:\n  - {id: a, url: a.xml, extract: off, enabled: yes}\n";
    var config = ConfigLoader.parse(yaml, Map.of(), ContractCatalog.none()).config().orElseThrow();

    assertThat(config.admin().enabled()).isFalse();
    assertThat(config.sources().get(0).extract()).isFalse();
    assertThat(config.sources().get(0).enabled()).isTrue();
  }

  @Test
  void serviceLoaderOverloadFindsTheInstalledPlatforms() {
    var result = ConfigLoader.load(Fixtures.DIR.resolve("minimal-defaults.yml"), Map.of());

    assertThat(errorLines(result)).isEmpty();
    assertThat(ChannelCatalog.installed().types()).containsKeys("x", "telegram", "mastodon", "bluesky", "preview");
  }

  @Test
  void problemsReadLikeAPersonWouldLookThemUp() {
    assertThat(new ConfigProblem(Severity.ERROR, "sources[0].every", 14, "expected a duration").toString())
        .isEqualTo("sources[0].every (line 14): expected a duration");
    assertThat(new ConfigProblem(Severity.WARNING, "outlet.brand.logo", null, "file not found").toString())
        .isEqualTo("warning: outlet.brand.logo: file not found");
    assertThat(new ConfigProblem(Severity.ERROR, "", 3, "not valid YAML").toString()).isEqualTo("line 3: not valid YAML");
  }
}
