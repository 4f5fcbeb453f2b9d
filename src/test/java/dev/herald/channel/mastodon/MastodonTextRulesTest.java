package dev.herald.channel.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MastodonTextRulesTest {

  @Test
  void everyHttpUrlCountsAsUrlLength() {
    var rules = new MastodonTextRules();
    String url = "https://www.jaanojunction.com/" + "x".repeat(300);

    assertThat(rules.length(url + " and " + url)).isEqualTo(23 + 5 + 23);
    assertThat(new MastodonTextRules(500, 30).length(url)).isEqualTo(30);
  }

  @Test
  void urlsInsidePunctuationAndAfterNewlinesCount23() {
    String url = "https://www.jaanojunction.com/" + "x".repeat(100);

    assertThat(new MastodonTextRules().length("Read (" + url + ")\n" + url + ".")).isEqualTo(6 + 23 + 2 + 23 + 1);
  }

  @Test
  void urlsWithoutASchemeCountInFull() {
    assertThat(new MastodonTextRules().length("jaanojunction.com")).isEqualTo(17);
  }

  @Test
  void charactersAreCodePoints() {
    var rules = new MastodonTextRules();

    assertThat(rules.length("🚀🚀")).isEqualTo(2);
    assertThat(rules.length("नमस्ते")).isEqualTo(6);
    assertThat(rules.maxLength()).isEqualTo(500);
    assertThat(rules.escape("<b>&</b>")).isEqualTo("<b>&</b>");
  }
}
