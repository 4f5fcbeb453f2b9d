package dev.herald.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A secret is masked in the forms it travels in, and a feed URL's key never shows. */
class EncodedSecretsTest {

  static final String SECRET = "s3cr\"et/+ü&key=value";

  @BeforeEach
  @AfterEach
  void forget() {
    Secrets.clear();
  }

  @Test
  void aSecretIsMaskedJsonEscapedPercentEncodedAndInBase64() {
    Secrets.register(SECRET);

    String json = "{\"token\":\"s3cr\\\"et/+\\u00fc&key=value\"}".replace("\\u00fc", "ü");
    assertThat(Secrets.redact(json)).doesNotContain("s3cr").contains("***");
    assertThat(Secrets.redact("GET /feed?k=" + URLEncoder.encode(SECRET, StandardCharsets.UTF_8) + "&x=1"))
        .isEqualTo("GET /feed?k=***&x=1");
    for (String user : new String[] {"", "u", "us", "newsroom"}) {
      String basic = Base64.getEncoder().encodeToString((user + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
      assertThat(Secrets.redact("Authorization: Basic " + basic)).as(user).isEqualTo("Authorization: Basic ***");
      String inside = Base64.getEncoder().encodeToString(("prefix " + user + SECRET + " suffix").getBytes(StandardCharsets.UTF_8));
      assertThat(Secrets.redact(inside)).as("base64 at any offset, user " + user).contains("***");
    }
    assertThat(Secrets.redact("Basic " + Base64.getEncoder().encodeToString("u:ordinary".getBytes(StandardCharsets.UTF_8))))
        .as("a Basic credential without a secret stays").doesNotContain("***");
  }

  @Test
  void credentialLikeQueryValuesAreMaskedEvenUnregistered() {
    assertThat(Secrets.redact("fetch https://j.com/feed?api_key=abc123&page=2&access_token=xyz&token=t0k#top"))
        .isEqualTo("fetch https://j.com/feed?api_key=***&page=2&access_token=***&token=***#top");
    assertThat(Secrets.redact("https://j.com/feed?monkey=banana&keys=1")).isEqualTo("https://j.com/feed?monkey=banana&keys=1");
  }

  @Test
  void whatASourceUrlTakesFromTheEnvironmentIsASecretEverywhere() {
    var yaml = """
        outlet: {name: Jaano Junction}
        sources:
          - {id: main, url: "https://feeds.example.com/${FEED_PATH}/rss"}
        """;
    var config = ConfigLoader.parse(yaml, Map.of("FEED_PATH", "private-feed-7f3a"), ContractCatalog.none()).config().orElseThrow();

    assertThat(config.sources().get(0).url()).isEqualTo("https://feeds.example.com/private-feed-7f3a/rss");
    assertThat(Secrets.redact("GET " + config.sources().get(0).url())).isEqualTo("GET https://feeds.example.com/***/rss");
  }
}
