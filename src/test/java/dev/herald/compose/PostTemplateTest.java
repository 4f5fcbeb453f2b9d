package dev.herald.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PostTemplateTest {

  @Test
  void theTemplatesOwnBlankLinesStayButNeverTwoInARow() {
    var template = PostTemplate.compile("{{headline}}\n\n\n\n{{summary}}\n\n{{url}}");

    assertThat(template.render(Map.of("headline", "H", "summary", "", "url", "U"))).isEqualTo("H\n\nU");
  }

  @Test
  void linesAreTrimmedAndSpaceRunsCollapsed() {
    var template = PostTemplate.compile("  {{headline}}   by {{author}}  \n{{url}}");

    assertThat(template.render(Map.of("headline", "H", "author", "", "url", "U"))).isEqualTo("H by\nU");
  }

  @Test
  void valuesAreWrittenAsGivenWithoutHtmlEscaping() {
    var template = PostTemplate.compile("{{headline}} {{{headline}}}");

    assertThat(template.render(Map.of("headline", "A&B <c>"))).isEqualTo("A&B <c> A&B <c>");
  }

  @Test
  void knowsWhichVariablesItUses() {
    var template = PostTemplate.compile("{{headline}}{{#hashtags}}{{hashtags}}{{/hashtags}}");

    assertThat(template.uses("hashtags")).isTrue();
    assertThat(template.uses("url")).isFalse();
  }

  @Test
  void reportsUnknownVariables() {
    assertThat(Templates.problems("{{headline}} {{titel}} {{url}}"))
        .singleElement().asString().contains("{{titel}}").contains("headline");
    assertThat(Templates.problems(Platforms.template("telegram"))).isEmpty();
  }

  @Test
  void reportsBrokenSyntaxInsteadOfThrowing() {
    assertThat(Templates.problems("{{#summary}} never closed")).singleElement().asString().contains("not valid mustache");
    assertThatThrownBy(() -> PostTemplate.compile("{{#summary}}")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyDefaultTemplateUsesOnlyKnownVariablesAndHasTheLinkUnlessThePlatformCarriesItBesideTheText() {
    for (String type : new String[] {"x", "telegram", "mastodon", "bluesky", "preview"}) {
      assertThat(Templates.problems(Platforms.template(type))).as(type).isEmpty();
      // Bluesky's link card and Telegram's "Read on" button carry the link: the text does not repeat it.
      boolean besideTheText = type.equals("bluesky") || type.equals("telegram");
      assertThat(PostTemplate.compile(Platforms.template(type)).uses("url")).as(type).isEqualTo(!besideTheText);
    }
  }
}
