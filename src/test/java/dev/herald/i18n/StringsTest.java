package dev.herald.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StringsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

  @Test
  void everyShippedLanguageSaysEverythingEnglishSays() {
    assertThat(Strings.of("hi").keys()).containsExactlyInAnyOrderElementsOf(Strings.of("en").keys());
    for (String key : Strings.of("en").keys()) assertThat(Strings.of("hi").get(key)).as(key).isNotBlank();
  }

  @Test
  void theArticlesLanguageChoosesAndRegionsOrCaseDoNotMatter() {
    assertThat(Strings.of("hi").get(Strings.READ_MORE)).isEqualTo("और पढ़ें");
    assertThat(Strings.of("hi-IN").get(Strings.READ_ON, "Jaano Junction")).isEqualTo("Jaano Junction पर पढ़ें");
    assertThat(Strings.of("HI").language()).isEqualTo("hi");
    assertThat(Strings.of("en").get(Strings.READ_ON, "Jaano Junction")).isEqualTo("Read on Jaano Junction");
  }

  @Test
  void aLanguageWithoutABundleOrNoneAtAllIsEnglishWhateverTheServersLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("hi-IN"));
      assertThat(Strings.of("ta").get(Strings.READ_MORE)).isEqualTo("Read more");
      assertThat(Strings.of("ta").language()).isEqualTo("en");
      assertThat(Strings.of(null).get(Strings.READ_MORE)).isEqualTo("Read more");
      assertThat(Strings.of(" ").get(Strings.LINK_IN_BIO)).isEqualTo("Link in bio");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void datesAreWrittenTheWayTheLanguageWritesThem() {
    assertThat(Strings.of("en").date(DAY)).isEqualTo("2 Dec 2026");
    assertThat(Strings.of("hi").date(DAY)).isEqualTo("2 दिसंबर 2026");
    assertThat(Strings.of("hi").date(null)).isEmpty();
  }

  @Test
  void anUnknownKeyIsAProgrammingErrorNamingIt() {
    assertThatThrownBy(() -> Strings.of("en").get("nope")).hasMessageContaining("nope");
  }
}
