package dev.herald.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvInterpolationTest {

  private final EnvInterpolator env = new EnvInterpolator(Map.of("HOST", "db.internal", "EMPTY", "", "HINDI", "जानो"));

  @Test
  void setVariableIsSubstitutedInsideLongerText() {
    var result = env.apply("jdbc:postgresql://${HOST}:5432/herald");

    assertThat(result.text()).isEqualTo("jdbc:postgresql://db.internal:5432/herald");
    assertThat(result.unset()).isEmpty();
    assertThat(result.defaulted()).isEmpty();
  }

  @Test
  void unsetVariableWithoutDefaultBecomesEmptyAndIsNamed() {
    var result = env.apply("${MISSING}");

    assertThat(result.text()).isEmpty();
    assertThat(result.unset()).containsExactly("MISSING");
  }

  @Test
  void defaultAppliesWhenUnsetOrEmptyLikeAShell() {
    assertThat(env.apply("${MISSING:-2m}").text()).isEqualTo("2m");
    assertThat(env.apply("${MISSING:-2m}").defaulted()).containsExactly("MISSING");
    assertThat(env.apply("${EMPTY:-fallback}").text()).isEqualTo("fallback");
    assertThat(env.apply("${HOST:-other}").text()).isEqualTo("db.internal");
    assertThat(env.apply("${MISSING:-}").text()).isEmpty();
  }

  @Test
  void devanagariAndDollarSignsInValuesSurvive() {
    assertThat(env.apply("${HINDI} जंक्शन").text()).isEqualTo("जानो जंक्शन");
    assertThat(new EnvInterpolator(Map.of("P", "a$1\\b")).apply("${P}").text()).isEqualTo("a$1\\b");
    assertThat(env.apply("costs $5, not ${").text()).isEqualTo("costs $5, not ${");
  }

  @Test
  void loaderTakesDefaultsSilentlyAndReportsUnsetRequiredAsErrors() {
    var result = Fixtures.load("env-interpolation.yml", Map.of("TELEGRAM_BOT_TOKEN", "7000000001:AAE-telegram-token-abcdefghijklmnopq"));

    assertThat(Fixtures.errorLines(result)).containsExactly("sources[0].url (line 11): missing — environment variable FEED_URL is not set");
    assertThat(Fixtures.lines(result)).contains(
        "warning: outlet.timezone (line 3): environment variable TZ_NAME is not set, so this value is empty",
        "warning: admin.token (line 8): admin API is closed until admin.token is set (environment variable HERALD_ADMIN_TOKEN is not set)");
    assertThat(Fixtures.lines(result)).noneMatch(line -> line.contains("OUTLET_NAME") || line.contains("POLL_EVERY"));
    assertThat(result.config()).isEmpty();
  }

  @Test
  void loaderUsesEnvironmentValuesInTypedKeys() {
    var env = Map.of(
        "OUTLET_NAME", "जानो जंक्शन",
        "TZ_NAME", "Asia/Kolkata",
        "DB_HOST", "10.0.0.5",
        "DB_PASSWORD", "pg-secret-991",
        "HERALD_ADMIN_TOKEN", "admin-token-7f3a9c",
        "FEED_URL", "https://www.jaanojunction.com/feed",
        "POLL_EVERY", "45s",
        "TELEGRAM_BOT_TOKEN", "7000000001:AAE-telegram-token-abcdefghijklmnopq");

    var result = Fixtures.load("env-interpolation.yml", env);

    assertThat(result.problems()).isEmpty();
    var config = result.config().orElseThrow();
    assertThat(config.outlet().name()).isEqualTo("जानो जंक्शन");
    assertThat(config.outlet().timezone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
    assertThat(config.store().url()).isEqualTo("jdbc:postgresql://10.0.0.5:5432/herald");
    assertThat(config.store().password()).isEqualTo("pg-secret-991");
    assertThat(config.sources().get(0).every()).isEqualTo(Duration.ofSeconds(45));
    assertThat(config.channel("telegram-main").orElseThrow().setting("botToken"))
        .contains("7000000001:AAE-telegram-token-abcdefghijklmnopq");
  }

  @Test
  void malformedValueFromTheEnvironmentIsReportedAtTheKey() {
    var result = ConfigLoader.parse("outlet: {name: x}\nsources:\n  - {id: main, url: feed.xml, every: \"${EVERY}\"}\n",
        Map.of("EVERY", "soon"), ContractCatalog.none());

    assertThat(Fixtures.errorLines(result)).singleElement().asString().startsWith("sources[0].every (line 3): expected a duration");
  }
}
