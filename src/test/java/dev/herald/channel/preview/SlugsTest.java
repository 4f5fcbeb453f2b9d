package dev.herald.channel.preview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

  @Test
  void latinHeadlineBecomesLowerCaseWordsAfterThePostId() {
    assertThat(Slugs.of(7, "Sensex jumps 500 points: What it means for you?")).isEqualTo("7-sensex-jumps-500-points-what-it-means-for-you");
  }

  @Test
  void accentsAreDroppedNotTheLetters() {
    assertThat(Slugs.of(7, "Café owners protest")).isEqualTo("7-cafe-owners-protest");
  }

  @Test
  void anyDevanagariMeansTheTransliterationFreeFallback() {
    assertThat(Slugs.of(9, "बजट 2026")).isEqualTo("post-9");
    assertThat(Slugs.of(9, "Modi in वाराणसी")).isEqualTo("post-9");
    assertThat(Slugs.of(9, "!!!")).isEqualTo("post-9");
  }

  @Test
  void longHeadlinesAreCutAtAWordBoundary() {
    String slug = Slugs.of(1, "The quick brown fox jumps over the lazy dog again and again and again today");
    assertThat(slug).startsWith("1-the-quick-brown").doesNotEndWith("-");
    assertThat(slug.length()).isLessThanOrEqualTo(62);
  }

  @Test
  void channelIdsCannotEscapeTheDirectory() {
    assertThat(Slugs.safeChannelId("../etc/x")).isEqualTo("___etc_x");
  }
}
