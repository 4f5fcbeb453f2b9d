package dev.herald.compose.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlatformRulesTest {

  @Test
  void eachChannelTypeGetsItsPlatformsRules() {
    assertThat(PlatformRules.forType("x")).isInstanceOf(XTextRules.class);
    assertThat(PlatformRules.forType("telegram").maxLength()).isEqualTo(1024);
    assertThat(PlatformRules.forType("mastodon").maxLength()).isEqualTo(500);
    assertThat(PlatformRules.forType("bluesky").maxLength()).isEqualTo(300);
    assertThat(PlatformRules.forType("preview").length("https://example.com/" + "a".repeat(100))).isEqualTo(120);
  }

  @Test
  void anUnknownTypeIsRefusedByName() {
    assertThatThrownBy(() -> PlatformRules.forType("myspace")).hasMessageContaining("myspace");
  }
}
