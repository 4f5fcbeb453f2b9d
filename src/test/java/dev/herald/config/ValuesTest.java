package dev.herald.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ValuesTest {

  @Test
  void shortDurationsCombinationsAndIsoAreParsed() {
    assertThat(Durations.parse("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(Durations.parse("2m")).isEqualTo(Duration.ofMinutes(2));
    assertThat(Durations.parse("1h")).isEqualTo(Duration.ofHours(1));
    assertThat(Durations.parse("1d")).isEqualTo(Duration.ofDays(1));
    assertThat(Durations.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(Durations.parse("PT2M")).isEqualTo(Duration.ofMinutes(2));
    assertThat(Durations.parse("pt2m")).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void malformedDurationsAreRefused() {
    for (String bad : new String[] {"soon", "5", "5 m", "-5m", "m5", "P", "PTxM", "99999999999999999999s"})
      assertThatThrownBy(() -> Durations.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void durationsFormatTheWayTheConfigWritesThem() {
    assertThat(Durations.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
    assertThat(Durations.format(Duration.ofHours(12))).isEqualTo("12h");
    assertThat(Durations.format(Duration.ofDays(1).plusMinutes(5))).isEqualTo("1d5m");
    assertThat(Durations.format(Duration.ZERO)).isEqualTo("0s");
  }

  @Test
  void quietHoursMayCrossMidnightButNotBeEmpty() {
    assertThat(Values.quietHours("23:00-06:00")).isEqualTo(new QuietHours(LocalTime.of(23, 0), LocalTime.of(6, 0)));
    assertThat(Values.quietHours("01:00 - 06:30")).isEqualTo(new QuietHours(LocalTime.of(1, 0), LocalTime.of(6, 30)));
    for (String bad : new String[] {"01:00-01:00", "1am-6am", "24:00-06:00", "01:00", "01:60-02:00"})
      assertThatThrownBy(() -> Values.quietHours(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void coloursAreSixHexDigitsAndComeBackUpperCased() {
    assertThat(Values.colour("#b3122e")).isEqualTo("#B3122E");
    for (String bad : new String[] {"B3122E", "#B312", "#GGGGGG", "red"})
      assertThatThrownBy(() -> Values.colour(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void idsAreLowerCaseSlugs() {
    assertThat(Values.id("x-main_2")).isEqualTo("x-main_2");
    for (String bad : new String[] {"X-main", "-main", "main feed", "मुख्य"})
      assertThatThrownBy(() -> Values.id(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void feedLocationsAreWebUrlsFileUrlsOrPaths() {
    assertThat(Values.feedLocation("https://www.jaanojunction.com/feed")).isEqualTo("https://www.jaanojunction.com/feed");
    assertThat(Values.feedLocation("file:///srv/feed.xml")).isEqualTo("file:///srv/feed.xml");
    assertThat(Values.feedLocation("./feeds/hindi.xml")).isEqualTo("./feeds/hindi.xml");
    for (String bad : new String[] {"ftp://example.com/feed", "https://", "http://exa mple.com/"})
      assertThatThrownBy(() -> Values.feedLocation(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void hashtagsKeepDevanagariMarksAndDropTheHash() {
    assertThat(Values.hashtag("#चुनाव२०२४")).isEqualTo("चुनाव२०२४");
    assertThat(Values.hashtag("LokSabha_2024")).isEqualTo("LokSabha_2024");
    assertThatThrownBy(() -> Values.hashtag("Lok Sabha")).isInstanceOf(IllegalArgumentException.class);
  }
}
