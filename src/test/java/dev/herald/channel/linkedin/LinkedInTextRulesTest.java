package dev.herald.channel.linkedin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkedInTextRulesTest {

  final LinkedInTextRules rules = new LinkedInTextRules();

  @Test
  void everyReservedCharacterIsEscapedSoLinkedInDoesNotCutThePost() {
    assertThat(rules.escape("A (big) [day] {x} @pm *bold* _it_ ~s~ <b> a\\b a|b"))
        .isEqualTo("A \\(big\\) \\[day\\] \\{x\\} \\@pm \\*bold\\* \\_it\\_ \\~s\\~ \\<b\\> a\\\\b a\\|b");
  }

  @Test
  void hashtagsBecomeLinkedInHashtagsAndStayClickable() {
    assertThat(rules.escape("#Budget2026 #लोकसभा #Cricket_WC"))
        .isEqualTo("{hashtag|\\#|Budget2026} {hashtag|\\#|लोकसभा} {hashtag|\\#|Cricket\\_WC}");
  }

  @Test
  void aHashThatIsNotATagIsEscaped() {
    assertThat(rules.escape("India #1 in C# rankings")).isEqualTo("India \\#1 in C\\# rankings");
  }

  @Test
  void hindiTextPassesUntouchedAndCountsOncePerCharacter() {
    String hindi = "दिल्ली में वायु प्रदूषण पर सुप्रीम कोर्ट सख़्त";
    assertThat(rules.escape(hindi)).isEqualTo(hindi);
    assertThat(rules.length(hindi)).isEqualTo(hindi.length());
  }

  @Test
  void theLimitIsThreeThousandCountedOnTheEscapedText() {
    assertThat(rules.maxLength()).isEqualTo(3000);
    assertThat(rules.fits("a".repeat(3000))).isTrue();
    assertThat(rules.fits(rules.escape("(".repeat(1501)))).isFalse();
  }
}
