package dev.herald.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Loads the YAML fixtures under src/test/resources/config/ with the CONTRACT's fake providers. */
final class Fixtures {

  static final Path DIR = Path.of("src/test/resources/config");

  /** Every credential of contract-example.yml, set. */
  static final Map<String, String> CONTRACT_ENV = Map.of(
      "HERALD_ADMIN_TOKEN", "admin-token-7f3a9c",
      "X_API_KEY", "x-key-11111",
      "X_API_SECRET", "x-secret-22222",
      "X_ACCESS_TOKEN", "x-access-33333",
      "X_ACCESS_TOKEN_SECRET", "x-access-secret-44444",
      "TELEGRAM_BOT_TOKEN", "7000000001:AAE-telegram-token-abcdefghijklmnopq",
      "MASTODON_TOKEN", "mastodon-token-55555",
      "BLUESKY_APP_PASSWORD", "abcd-efgh-ijkl-mnop");

  private Fixtures() {}

  static ConfigResult load(String name) {
    return load(name, Map.of());
  }

  static ConfigResult load(String name, Map<String, String> env) {
    return ConfigLoader.load(DIR.resolve(name), env, ContractCatalog.contractTypes());
  }

  static HeraldConfig loadValid(String name, Map<String, String> env) {
    var result = load(name, env);
    assertThat(result.errors()).as("errors in %s", name).isEmpty();
    return result.config().orElseThrow();
  }

  /** Problems as their one-line text, to assert path, line and message together. */
  static List<String> lines(ConfigResult result) {
    return result.problems().stream().map(ConfigProblem::toString).toList();
  }

  static List<String> errorLines(ConfigResult result) {
    return result.errors().stream().map(ConfigProblem::toString).toList();
  }
}
