package dev.herald.config;

import static dev.herald.config.Fixtures.errorLines;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** channels[].include / exclude: rules of section, language, keyword and source, each checked where written. */
class RoutingConfigTest {

  @Test
  void rulesAreReadWithEveryPartAndAChannelWithoutThemTakesEverything() {
    var config = load("""
          - id: hindi
            type: preview
            dir: out/
            include: [{language: hi}, {section: खेल, source: sport-feed}]
            exclude: [{keyword: "Live Updates"}]
          - id: all
            type: preview
            dir: out/
        """).config().orElseThrow();

    var routing = config.channel("hindi").orElseThrow().routing();
    assertThat(routing.include()).containsExactly(new RouteRule(null, "hi", null, null), new RouteRule("खेल", null, null, "sport-feed"));
    assertThat(routing.exclude()).containsExactly(new RouteRule(null, null, "Live Updates", null));
    assertThat(config.channel("all").orElseThrow().routing().isAll()).isTrue();
  }

  @Test
  void anEmptyRuleAnUnknownPartOrAPlainWordIsAnError() {
    assertThat(errorLines(load("""
          - id: hindi
            type: preview
            dir: out/
            include: [{}, {lang: hi}, sport]
        """))).containsExactly(
        "channels[0].include[0] (line 8): a include rule needs one of section, language, keyword or source",
        "channels[0].include[1].lang (line 8): unknown key 'lang' — known keys here: section, language, keyword, source",
        "channels[0].include[1] (line 8): a include rule needs one of section, language, keyword or source",
        "channels[0].include[2] (line 8): expected a rule such as {section: Sport}, {language: hi}, {keyword: cricket} or {source: hindi}");
  }

  private static ConfigResult load(String channels) {
    return ConfigLoader.parse("outlet: {name: Jaano Junction}\nadmin: {enabled: false}\nsources: []\nchannels:\n" + channels,
        Map.of(), ContractCatalog.contractTypes());
  }
}
