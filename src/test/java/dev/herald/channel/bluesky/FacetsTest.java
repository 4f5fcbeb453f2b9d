package dev.herald.channel.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FacetsTest {

  private static String slice(String text, JsonNode facet) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    int start = facet.path("index").path("byteStart").asInt();
    int end = facet.path("index").path("byteEnd").asInt();
    return new String(Arrays.copyOfRange(utf8, start, end), StandardCharsets.UTF_8);
  }

  @Test
  void byteOffsetsSliceBackToTheLinkAndTagsAfterEmojiAndDevanagari() {
    String text = "👨‍👩‍👧 संसद में बजट पेश 🇮🇳 https://www.jaanojunction.com/budget-2026?x=1 #बजट #Budget2026";

    var facets = Facets.of(text);

    assertThat(facets).hasSize(3);
    assertThat(slice(text, facets.get(0))).isEqualTo("https://www.jaanojunction.com/budget-2026?x=1");
    assertThat(facets.get(0).path("features").get(0).path("$type").asText()).isEqualTo("app.bsky.richtext.facet#link");
    assertThat(facets.get(0).path("features").get(0).path("uri").asText()).isEqualTo("https://www.jaanojunction.com/budget-2026?x=1");
    assertThat(slice(text, facets.get(1))).isEqualTo("#बजट");
    assertThat(facets.get(1).path("features").get(0).path("$type").asText()).isEqualTo("app.bsky.richtext.facet#tag");
    assertThat(facets.get(1).path("features").get(0).path("tag").asText()).isEqualTo("बजट");
    assertThat(slice(text, facets.get(2))).isEqualTo("#Budget2026");
    assertThat(facets.get(2).path("features").get(0).path("tag").asText()).isEqualTo("Budget2026");
  }

  @Test
  void theLinksShortFormAfterDevanagariIsOneLinkFacetToTheTrackedUrl() {
    String link = "https://www.jaanojunction.com/india/nainital-forest-fire-army-deployed?utm_source=bluesky";
    String shown = new BlueskyTextRules().linkText(link);
    String text = "नैनीताल तक पहुंची आग 🔥 " + shown + " #नैनीताल";

    var facets = Facets.of(text, link);

    assertThat(shown).isEqualTo("jaanojunction.com/india/nainita…").hasSize(BlueskyTextRules.LINK_TEXT_MAX);
    assertThat(facets).hasSize(2);
    assertThat(slice(text, facets.get(0))).isEqualTo(shown);
    assertThat(facets.get(0).path("features").get(0).path("uri").asText()).isEqualTo(link);
    assertThat(slice(text, facets.get(1))).isEqualTo("#नैनीताल");
  }

  @Test
  void aFullUrlInTheTextKeepsItsOwnFacetAndGetsNoSecondOne() {
    String link = "https://jaanojunction.com/a";
    String text = "Read https://jaanojunction.com/a now";

    var facets = Facets.of(text, link);

    assertThat(facets).hasSize(1);
    assertThat(slice(text, facets.get(0))).isEqualTo(link);
  }

  @Test
  void offsetsCountBytesNotCharacters() {
    String text = "é 🇮🇳 https://a.in";

    var link = Facets.of(text).get(0).path("index");

    // é = 2 bytes, space, flag = 8 bytes, space: the link starts at byte 12, not char 6
    assertThat(link.path("byteStart").asInt()).isEqualTo(12);
    assertThat(link.path("byteEnd").asInt()).isEqualTo(12 + "https://a.in".length());
  }

  @Test
  void bareDomainsAndNumbersGetNoFacets() {
    assertThat(Facets.of("see jaanojunction.com for #2026 results")).isEmpty();
  }
}
