package dev.herald.config;

import static dev.herald.config.Fixtures.errorLines;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationTest {

  @Test
  void unknownKeysAreErrorsAtTheirPathAtEveryLevel() {
    var errors = errorLines(Fixtures.load("unknown-keys.yml"));

    assertThat(errors).hasSize(5);
    assertThat(errors.get(0)).startsWith("outlet.colour (line 3): unknown key 'colour' — known keys here: name, url,");
    assertThat(errors.get(1)).startsWith("stores (line 4): unknown key 'stores' — known keys here: outlet, store,");
    assertThat(errors.get(2)).startsWith("sources[0].evry (line 9): unknown key 'evry'").contains("every");
    assertThat(errors.get(3)).startsWith("channels[0].parseMode (line 15): unknown key 'parseMode'").contains("chatId", "minSpacing");
    assertThat(errors.get(4)).isEqualTo("channels[0].utm.term (line 18): unknown key 'term' — known keys here: source, medium, campaign");
  }

  @Test
  void duplicateIdsNameTheFirstUser() {
    assertThat(errorLines(Fixtures.load("duplicate-ids.yml"))).containsExactly(
        "sources[1].id (line 6): duplicate id 'main' — sources[0] already uses it",
        "channels[1].id (line 12): duplicate id 'out' — channels[0] already uses it");
  }

  @Test
  void clusteredSchedulerOnH2IsRefused() {
    var result = Fixtures.load("clustered-on-h2.yml");

    assertThat(result.ok()).isFalse();
    assertThat(errorLines(result)).singleElement().asString()
        .startsWith("scheduler.clustered (line 6): clustered: true needs a PostgreSQL store");
  }

  @Test
  void clusteredSchedulerOnPostgresIsAccepted() {
    var yaml = """
        outlet: {name: Jaano Junction}
        store: {url: "jdbc:postgresql://127.0.0.1:5432/test", user: herald, password: pg-pass-123}
        scheduler: {clustered: true}
        """;
    var result = ConfigLoader.parse(yaml, Map.of(), ContractCatalog.none());

    assertThat(result.errors()).isEmpty();
    assertThat(result.config().orElseThrow().scheduler().clustered()).isTrue();
  }

  @Test
  void malformedValuesAreEachReportedAtTheirKeyAndLine() {
    var errors = errorLines(Fixtures.load("malformed-values.yml"));

    assertThat(errors).containsExactly(
        "outlet.timezone (line 3): expected a timezone name like Asia/Kolkata or UTC, got 'Asia/Kolkatta'",
        "outlet.brand.primaryColor (line 5): expected a colour like \"#B3122E\" (quote it: # starts a YAML comment), got 'red'",
        "scheduler.threads (line 7): expected a whole number from 1 to 64, got 'many'",
        "admin.port (line 9): expected a whole number from 0 to 65535, got '99999'",
        "sources[0].id (line 12): expected " + IdChecks.EXPECTED + ", got 'Main Feed'",
        "sources[0].url (line 13): expected an http(s) URL, a file: URL or a file path, got 'ftp://example.com/feed'",
        "sources[0].every (line 14): expected a duration like 30s, 5m, 1h, 1d or PT2M, at least 30s, got 'soon'",
        "sources[0].backfill (line 15): expected a whole number ≥ 0, got '-1'",
        "sources[1].every (line 18): expected a duration like 30s, 5m, 1h, 1d or PT2M, at least 30s, got '10s'",
        "channels[0].card (line 23): expected a card layout: landscape, og, square, portrait, story, got 'banner'",
        "channels[0].quietHours (line 24): expected a window like \"01:00-06:00\" (HH:mm-HH:mm), got '25:00-06:00' (25:00)",
        "channels[0].maxAge (line 26): expected a duration like 30s, 5m, 1h, 1d or PT2M, at least 1m, got '2 hours'",
        "channels[0].template (line 27): template does not compile: Failed to close 'headline' tag @[template:1]",
        "channels[0].priority[0].headline (line 29): expected a regular expression, got '(breaking' (Unclosed group)",
        "channels[0].priority[1].colour (line 30): unknown key 'colour' — known keys here: section, keyword, headline",
        "channels[0].priority[1] (line 30): a priority rule needs one of section, keyword or headline");
  }

  @Test
  void isoDurationsAndRelativeFeedPathsAreAccepted() {
    var yaml = """
        outlet: {name: Jaano Junction}
        sources:
          - {id: local, url: feeds/local.xml, every: PT90S}
          - {id: abs, url: /srv/feeds/hindi.xml, every: 1h30m}
        channels:
          - {id: preview, type: preview, dir: out/, minSpacing: PT2M, maxAge: 1d}
        """;
    var config = ConfigLoader.parse(yaml, Map.of(), ContractCatalog.contractTypes()).config().orElseThrow();

    assertThat(config.sources()).extracting(SourceConfig::url).containsExactly("feeds/local.xml", "/srv/feeds/hindi.xml");
    assertThat(config.sources()).extracting(SourceConfig::every).containsExactly(Duration.ofSeconds(90), Duration.ofMinutes(90));
    assertThat(config.channels().get(0).minSpacing()).isEqualTo(Duration.ofMinutes(2));
    assertThat(config.channels().get(0).maxAge()).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void wrongTypesAreReportedOnceEach() {
    assertThat(errorLines(Fixtures.load("wrong-types.yml"))).containsExactly(
        "outlet (line 1): expected a map of keys, got a list",
        "sources (line 3): expected a list, got a single value",
        "channels[0] (line 5): expected a map of keys, got a single value",
        "channels[1].botToken (line 8): expected a single value, got a map",
        "channels[1].enabled (line 11): expected true or false, got 'yes please'");
  }

  @Test
  void unknownTypeListsKnownTypesAndDisabledChannelsNeedNoCredentials() {
    var result = Fixtures.load("missing-credentials.yml", Map.of("TELEGRAM_BOT_TOKEN", "7000000001:AAE-telegram-token-abcdefghijklmnopq"));

    assertThat(errorLines(result)).containsExactly(
        "channels[2].type (line 15): unknown channel type 'threads' — known types: bluesky, mastodon, preview, telegram, x",
        "channels[3].id (line 17): missing");
  }

  @Test
  void channelWithoutTypeReportsOnlyTheMissingType() {
    var yaml = """
        outlet: {name: Jaano Junction}
        channels:
          - id: tg
            botToken: "7000000001:AAE-telegram-token-abcdefghijklmnopq"
        """;
    assertThat(errorLines(ConfigLoader.parse(yaml, Map.of(), ContractCatalog.contractTypes())))
        .containsExactly("channels[0].type (line 3): missing");
  }

  @Test
  void enabledChannelWithUnsetCredentialIsRefused() {
    var errors = errorLines(Fixtures.load("missing-credentials.yml"));

    assertThat(errors).contains("channels[0].botToken (line 9): missing — environment variable TELEGRAM_BOT_TOKEN is not set");
    assertThat(errors).noneMatch(e -> e.startsWith("channels[1]"));
  }

  @Test
  void llmSummarizerNeedsBaseUrlAndModel() {
    var result = Fixtures.load("llm-summarizer-incomplete.yml");

    assertThat(errorLines(result)).containsExactly("summarizer.baseUrl (line 3): missing", "summarizer.model (line 3): missing");
    assertThat(Fixtures.lines(result)).contains(
        "warning: summarizer.apiKey (line 5): environment variable LLM_API_KEY is not set, so this value is empty");
  }

  @Test
  void channelExtrasAcceptEveryDocumentedShapeAndKeepHindi() {
    var config = Fixtures.loadValid("channel-extras.yml", Map.of());

    assertThat(config.outlet().name()).isEqualTo("जानो जंक्शन");
    var source = config.sources().get(0);
    assertThat(source.url()).isEqualTo("file:feeds/hindi.xml");
    assertThat(source.include()).containsExactly("राजनीति");
    assertThat(source.exclude()).containsExactly("Sponsored", "विज्ञापन");
    assertThat(source.extract()).isFalse();

    var telegram = config.channel("telegram-hi").orElseThrow();
    assertThat(telegram.template()).isEqualTo("<b>{{headline}}</b>\n{{summary}}\n{{url}}\n");
    assertThat(telegram.quietHours()).isEqualTo(new QuietHours(LocalTime.of(23, 30), LocalTime.of(6, 0)));
    assertThat(telegram.priority()).hasSize(3);
    assertThat(telegram.priority().get(0).section()).isEqualTo("Breaking");
    assertThat(telegram.priority().get(1).keyword()).isEqualTo("चुनाव");
    assertThat(telegram.priority().get(2).headline().matcher("BREAKING: Lok Sabha adjourned").find()).isTrue();
    assertThat(telegram.utm()).isEqualTo(new Utm(true, "telegram", "social", "herald"));
    assertThat(telegram.hashtags()).isEqualTo(new HashtagSettings(
        3, Map.of("Lok Sabha", "LokSabha2024", "चुनाव", "चुनाव२०२४"), List.of("JaanoJunction")));

    var preview = config.channel("preview").orElseThrow();
    assertThat(preview.utm()).isEqualTo(new Utm(true, "preview", "social", "launch"));
    assertThat(preview.hashtags().max()).isZero();
  }

  @Test
  void badHashtagIsAnError() {
    var yaml = """
        outlet: {name: Jaano Junction}
        channels:
          - id: preview
            type: preview
            dir: out/
            hashtags:
              mapping: {Lok Sabha: "Lok Sabha"}
              always: [ok, "not ok"]
        """;
    assertThat(errorLines(ConfigLoader.parse(yaml, Map.of(), ContractCatalog.contractTypes()))).containsExactly(
        "channels[0].hashtags.mapping.Lok Sabha (line 7): expected a hashtag of letters, digits and '_', got 'Lok Sabha'",
        "channels[0].hashtags.always (line 8): expected hashtags of letters, digits and '_', got 'not ok'");
  }

  @Test
  void existingLogoIsKeptAndMissingFontIsAWarning(@TempDir Path dir) throws Exception {
    Path logo = Files.write(dir.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    var yaml = """
        outlet:
          name: Jaano Junction
          brand: {logo: "%s", headlineFont: "%s"}
        """.formatted(logo, dir.resolve("missing.ttf"));

    var result = ConfigLoader.parse(yaml, Map.of(), ContractCatalog.none());

    var brand = result.config().orElseThrow().outlet().brand();
    assertThat(brand.logo()).isEqualTo(logo);
    assertThat(brand.headlineFont()).isNull();
    assertThat(result.warnings()).anySatisfy(w -> {
      assertThat(w.path()).isEqualTo("outlet.brand.headlineFont");
      assertThat(w.line()).isEqualTo(3);
      assertThat(w.message()).contains("missing.ttf", "bundled Noto fonts");
    });
  }

  @Test
  void instagramAndThreadsNeedPublicBaseUrlAndTheHttpServer() {
    var yaml = """
        outlet: {name: Jaano Junction}
        admin: {enabled: false}
        channels:
          - {id: instagram, type: instagram, igUserId: "17841400000000000", accessToken: IGQ-token}
          - {id: threads, type: threads, userId: "1234567890", accessToken: THQ-token}
        """;
    assertThat(errorLines(ConfigLoader.parse(yaml, Map.of(), ChannelCatalog.installed()))).containsExactly(
        "publicBaseUrl: required: channel instagram (instagram) fetches its cards from Herald's HTTP server at this public URL",
        "admin.enabled: must be true: channel instagram (instagram) fetches its cards from Herald's HTTP server");
  }

  @Test
  void aMalformedPublicBaseUrlIsReportedAtItsLine() {
    var yaml = """
        outlet: {name: Jaano Junction}
        publicBaseUrl: herald.example.com
        admin: {token: adm-token-0123456789abcdef}
        channels:
          - {id: threads, type: threads, userId: "1234567890", accessToken: THQ-token}
        """;
    assertThat(errorLines(ConfigLoader.parse(yaml, Map.of(), ChannelCatalog.installed())))
        .containsExactly("publicBaseUrl (line 2): expected an http(s) URL, got 'herald.example.com'");
  }

  @Test
  void mentionsTakesKeepOrNeutraliseAndAllowPrivateHostsTakesOriginsOrHosts() {
    var yaml = """
        outlet: {name: Jaano Junction}
        allowPrivateHosts: ["http://10.0.0.5:8080", intranet.local, "http://x/with/path"]
        sources: []
        channels:
          - {id: p1, type: preview, mentions: keep}
          - {id: p2, type: preview, mentions: neutralize}
          - {id: p3, type: preview, mentions: sometimes}
        """;
    var result = ConfigLoader.parse(yaml, java.util.Map.of(), dev.herald.channel.ChannelProviders.catalog());

    assertThat(errorLines(result)).hasSize(2);
    assertThat(errorLines(result)).anySatisfy(e -> assertThat(e).startsWith("allowPrivateHosts[2]").contains("origin"));
    assertThat(errorLines(result)).anySatisfy(e -> assertThat(e).startsWith("channels[2].mentions")
        .contains("keep or neutralise").contains("sometimes"));
  }
}
