package dev.herald.config;

import static dev.herald.config.Fixtures.errorLines;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** ingest.token: the CMS's own door, as long as the admin's and never the same key. */
class IngestConfigTest {

  @Test
  void pushIsClosedUntilAnIngestTokenIsSet() {
    assertThat(load("").config().orElseThrow().ingest().open()).isFalse();
    var open = load("ingest: {token: \"cms-token-0123456789\"}").config().orElseThrow().ingest();
    assertThat(open.open()).isTrue();
    assertThat(open.token()).isEqualTo("cms-token-0123456789");
  }

  @Test
  void aShortIngestTokenIsRefusedWithoutQuotingIt() {
    assertThat(errorLines(load("ingest: {token: \"cms-short-15ch\"}"))).singleElement().asString()
        .startsWith("ingest.token (line 3): the ingest token is 14 characters; use at least 16").doesNotContain("cms-short-15ch");
  }

  @Test
  void theIngestTokenMustNotBeTheAdminToken() {
    assertThat(errorLines(load("admin: {token: \"same-token-0123456789\"}\ningest: {token: \"same-token-0123456789\"}")))
        .singleElement().asString().startsWith("ingest.token (line 4): must differ from admin.token")
        .doesNotContain("same-token-0123456789");
  }

  @Test
  void anUnknownIngestKeyIsReported() {
    assertThat(errorLines(load("ingest: {tokn: \"cms-token-0123456789\"}"))).singleElement().asString()
        .startsWith("ingest.tokn (line 3): unknown key 'tokn'");
  }

  private static ConfigResult load(String section) {
    return ConfigLoader.parse("outlet: {name: Jaano Junction}\n\n" + section + "\n", Map.of(), ContractCatalog.none());
  }
}
