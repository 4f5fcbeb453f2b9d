package dev.herald.channel.mastodon;

import static dev.herald.channel.mastodon.MastodonFixtures.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MastodonTextRulesTest {

  private final MastodonTextRules rules = new MastodonTextRules(500);

  @Test
  void countsCodePointsSoEmojiAndDevanagariAreNotDoubled() {
    assertThat(rules.length("बजट 🇮🇳")).isEqualTo(6);
  }

  @Test
  void everyHttpUrlCountsTwentyThreeWhateverItsLength() {
    String url = "https://www.jaanojunction.com/india/budget-2026-what-changes-for-the-middle-class?utm_source=mastodon";
    assertThat(rules.length("Budget " + url)).isEqualTo(7 + 23);
    assertThat(rules.length("a http://x.in b https://y.com")).isEqualTo(2 + 23 + 3 + 23);
  }

  @Test
  void bareDomainsAreOrdinaryText() {
    assertThat(rules.length("jaanojunction.com")).isEqualTo(17);
  }

  @Test
  void fitsUpToTheLimitExactly() {
    assertThat(rules.fits("क".repeat(500))).isTrue();
    assertThat(rules.fits("क".repeat(501))).isFalse();
    assertThat(rules.escape("<b>&")).isEqualTo("<b>&");
  }

  @Test
  void maxCharactersOverridesTheDefault() {
    var provider = new MastodonProvider();
    assertThat(provider.textRules(config(Map.of())).maxLength()).isEqualTo(500);
    assertThat(provider.textRules(config(Map.of("maxCharacters", "5000"))).maxLength()).isEqualTo(5000);
    assertThatThrownBy(() -> provider.textRules(config(Map.of("maxCharacters", "lots"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxCharacters");
  }

  @Test
  void scanningOnlyTheWordsWithHttpCountsExactlyLikeTheWholeTextExtractor() {
    var texts = java.util.List.of(
        "बजट पेश https://www.jaanojunction.com/a?b=1 और http://x.in/क #बजट",
        "glued:https://a.com/x, (https://b.org/y). HTTPS://C.NET end",
        "xhttp://nope.com @http://nope.org https://a.com/1https://b.com/2",
        "no links here, just jaanojunction.com",
        "https://a.com\nhttps://b.com\thttp");
    for (String text : texts) {
      var extractor = new com.twitter.twittertext.Extractor();
      extractor.setExtractURLWithoutProtocol(false);
      int expected = text.codePointCount(0, text.length());
      for (var url : extractor.extractURLsWithIndices(text)) expected += 23 - text.codePointCount(url.getStart(), url.getEnd());
      assertThat(rules.length(text)).as(text).isEqualTo(expected);
    }
  }
}
