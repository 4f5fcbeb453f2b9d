package dev.herald.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SecretRegistrationTest {

  @BeforeEach
  @AfterEach
  void forgetSecrets() {
    Secrets.clear();
  }

  @Test
  void everyProviderSecretAndTheAdminTokenAreRegisteredWhileLoading() {
    Fixtures.load("contract-example.yml", Fixtures.CONTRACT_ENV);

    for (String name : Fixtures.CONTRACT_ENV.keySet()) {
      String secret = Fixtures.CONTRACT_ENV.get(name);
      assertThat(Secrets.redact("value " + secret)).as(name).isEqualTo("value " + Secrets.MASK);
    }
    assertThat(Secrets.redact("@jaanojunction")).as("chatId is not a secret").isEqualTo("@jaanojunction");
  }

  @Test
  void storePasswordAndSummarizerKeyAreRegisteredEvenWhenTheConfigHasErrors() {
    var yaml = """
        store: {url: "jdbc:postgresql://db/herald", password: pg-pass-4821}
        summarizer: {type: llm, apiKey: sk-llm-key-9931}
        """;
    var result = ConfigLoader.parse(yaml, Map.of(), ContractCatalog.none());

    assertThat(result.ok()).isFalse();
    assertThat(Secrets.redact("pg-pass-4821 sk-llm-key-9931")).isEqualTo("*** ***");
  }

  @Test
  void aSecretNeverAppearsInAProblemMessage() {
    var yaml = """
        outlet: {name: Jaano Junction}
        admin: {token: "${TOKEN}", port: "${TOKEN}"}
        """;
    var result = ConfigLoader.parse(yaml, Map.of("TOKEN", "tok-abcdef-123-long"), ContractCatalog.none());

    assertThat(result.errors()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("admin.port");
      assertThat(p.message()).doesNotContain("tok-abcdef-123-long").contains(Secrets.MASK);
    });
  }
}
