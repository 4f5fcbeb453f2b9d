package dev.herald.channel.instagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InstagramTextRulesTest {

  final InstagramTextRules rules = new InstagramTextRules();

  @Test
  void captionsFitUpTo2200Characters() {
    assertThat(rules.fits("क".repeat(2200))).isTrue();
    assertThat(rules.fits("क".repeat(2201))).isFalse();
  }

  @Test
  void moreThanThirtyHashtagsNeverFit() {
    String thirty = IntStream.range(0, 30).mapToObj(i -> "#tag" + i).collect(Collectors.joining(" "));
    assertThat(rules.fits(thirty)).isTrue();
    assertThat(rules.fits(thirty + " #one_more")).isFalse();
  }
}
