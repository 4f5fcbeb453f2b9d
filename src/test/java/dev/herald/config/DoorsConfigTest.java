package dev.herald.config;

import static dev.herald.config.Fixtures.errorLines;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The config keys that decide who can reach Herald: admin.bind, the admin token's length, the store's network exposure. */
class DoorsConfigTest {

  @Test
  void theAdminServerBindsLoopbackByDefaultAndEveryInterfaceWhenAPlatformSetsPort() {
    assertThat(Fixtures.loadValid("minimal-defaults.yml", Map.of()).admin().bind()).isEqualTo("127.0.0.1");
    assertThat(Fixtures.loadValid("minimal-defaults.yml", Map.of("PORT", "5055")).admin().bind()).isEqualTo("0.0.0.0");
    assertThat(load("admin: {bind: \"::1\"}", Map.of("PORT", "5055")).config().orElseThrow().admin().bind()).isEqualTo("::1");
  }

  @Test
  void adminBindTakesAnAddressOrAHostNameAndNothingElse() {
    for (String good : List.of("0.0.0.0", "10.1.2.3", "::", "fe80::1", "localhost", "herald.internal")) {
      assertThat(load("admin: {bind: \"" + good + "\"}", Map.of()).errors()).as(good).isEmpty();
    }
    for (String bad : List.of("256.1.1.1", "http://0.0.0.0", "host name", "10.0.0.1:80", "-x")) {
      assertThat(errorLines(load("admin: {bind: \"" + bad + "\"}", Map.of()))).as(bad).singleElement().asString()
          .startsWith("admin.bind (line 3): ").contains("an IP address or a host name");
    }
  }

  @Test
  void anAdminTokenShorterThanSixteenCharactersIsRefused() {
    assertThat(errorLines(load("admin: {token: \"short-token-15c\"}", Map.of()))).singleElement().asString()
        .startsWith("admin.token (line 3): the admin token is 15 characters; use at least 16")
        .doesNotContain("short-token-15c");
    assertThat(load("admin: {token: \"long-enough-16ch\"}", Map.of()).errors()).isEmpty();
  }

  @Test
  void namedAdminTokensFollowTheSameLengthRuleAndEachNameIsUsedOnce() {
    var ok = load("admin: {token: \"long-enough-16ch\", tokens: [{name: priya, token: \"priya-token-0123456789\"}]}", Map.of());
    assertThat(ok.errors()).isEmpty();
    assertThat(ok.config().orElseThrow().admin().allTokens()).extracting(AdminSettings.NamedToken::name)
        .containsExactly("admin", "priya");

    var bad = load("admin: {tokens: [{name: priya, token: \"short\"}, {name: admin, token: \"another-long-token-01\"}, {name: x}]}", Map.of());
    assertThat(errorLines(bad)).anyMatch(l -> l.contains("the admin token is 5 characters; use at least 16"))
        .anyMatch(l -> l.contains("the name 'admin' is used twice (admin.token is called admin)"))
        .anyMatch(l -> l.contains("token") && l.contains("missing"))
        .noneMatch(l -> l.contains("short\""));
    assertThat(warnings(load("admin: {tokens: [{name: priya, token: \"priya-token-0123456789\"}]}", Map.of())))
        .noneMatch(w -> w.contains("admin API is closed"));
  }

  @Test
  void anH2AutoServerIsRefused() {
    assertThat(errorLines(load("store: {url: \"jdbc:h2:file:./data/herald;AUTO_SERVER=TRUE\"}", Map.of())))
        .singleElement().asString().startsWith("store.url (line 3): AUTO_SERVER=TRUE would open an H2 TCP port");
  }

  @Test
  void aNetworkedStoreWithoutAPasswordIsWarnedAbout() {
    for (String url : List.of("jdbc:postgresql://db.internal:5432/herald", "jdbc:h2:tcp://10.0.0.5/herald",
        "jdbc:h2:ssl://db/herald", "jdbc:postgresql://127.0.0.1,db2/herald")) {
      assertThat(warnings(load("store: {url: \"" + url + "\"}", Map.of()))).as(url)
          .contains("warning: store.password: the store is reached over the network but has no password: set store.password");
    }
    for (String url : List.of("jdbc:postgresql://127.0.0.1:5432/test", "jdbc:postgresql://localhost/herald",
        "jdbc:postgresql:herald", "jdbc:h2:file:./data/herald")) {
      assertThat(warnings(load("store: {url: \"" + url + "\"}", Map.of()))).as(url).noneMatch(w -> w.contains("store.password"));
    }
    assertThat(warnings(load("store: {url: \"jdbc:postgresql://db.internal/herald\", password: pg-pass-123}", Map.of())))
        .noneMatch(w -> w.contains("store.password"));
  }

  private static ConfigResult load(String section, Map<String, String> env) {
    return ConfigLoader.parse("outlet: {name: Jaano Junction}\n\n" + section + "\n", env, ContractCatalog.none());
  }

  private static List<String> warnings(ConfigResult result) {
    return result.problems().stream().filter(p -> !p.isError()).map(ConfigProblem::toString).toList();
  }
}
