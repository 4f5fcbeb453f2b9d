package dev.herald.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlNormalizerTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "HTTPS://WWW.JaanoJunction.COM/World/Story|https://www.jaanojunction.com/World/Story",
      "https://www.jaanojunction.com:443/a|https://www.jaanojunction.com/a",
      "http://www.jaanojunction.com:80/a|http://www.jaanojunction.com/a",
      "http://www.jaanojunction.com:8080/a|http://www.jaanojunction.com:8080/a",
      "https://www.jaanojunction.com|https://www.jaanojunction.com/",
      "https://www.jaanojunction.com/a#comments|https://www.jaanojunction.com/a",
      "https://www.jaanojunction.com/a?utm_source=x&utm_medium=y&UTM_Campaign=z|https://www.jaanojunction.com/a",
      "https://www.jaanojunction.com/a?b=2&fbclid=1&a=1&gclid=2&dclid=3&mc_cid=4&mc_eid=5|https://www.jaanojunction.com/a?b=2&a=1",
      "https://www.jaanojunction.com/a?igshid=1&ref_src=twsrc&_ga=2.1&cmpid=rss&id=7|https://www.jaanojunction.com/a?id=7",
      "  https://www.jaanojunction.com/a?id=7&page=2  |https://www.jaanojunction.com/a?id=7&page=2",
  })
  void normalizesTheWayHeraldComparesArticles(String in, String expected) {
    assertThat(UrlNormalizer.normalize(in)).isEqualTo(expected);
  }

  @Test
  void keepsRemainingParametersInTheirOriginalOrder() {
    assertThat(UrlNormalizer.normalize("https://x.example/p?z=1&utm_source=a&m=2&a=3"))
        .isEqualTo("https://x.example/p?z=1&m=2&a=3");
  }

  @Test
  void sameStoryWithTrackingAndFragmentIsTheSameArticle() {
    assertThat(UrlNormalizer.normalize("https://WWW.jaanojunction.com/world/blinken?utm_source=fb#top"))
        .isEqualTo(UrlNormalizer.normalize("https://www.jaanojunction.com/world/blinken"));
  }

  @Test
  void keepsDevanagariPathsUsable() {
    String url = UrlNormalizer.normalize("https://www.jaanojunction.com/hindi/दिल्ली-प्रदूषण?utm_medium=x");
    assertThat(url).startsWith("https://www.jaanojunction.com/hindi/").doesNotContain("utm_medium");
    assertThat(okhttp3.HttpUrl.parse(url).pathSegments()).contains("दिल्ली-प्रदूषण");
  }

  @Test
  void garbageComesBackTrimmedAndNeverThrows() {
    assertThat(UrlNormalizer.normalize("  not a url  ")).isEqualTo("not a url");
    assertThat(UrlNormalizer.normalize("mailto:desk@jaanojunction.com")).isEqualTo("mailto:desk@jaanojunction.com");
    assertThat(UrlNormalizer.normalize("http://")).isEqualTo("http://");
    assertThat(UrlNormalizer.normalize("")).isEmpty();
    assertThat(UrlNormalizer.normalize(null)).isEmpty();
  }

  @Test
  void resolvesRelativeLinksAgainstTheBase() {
    assertThat(UrlNormalizer.absolute("https://www.jaanojunction.com/world/a", "/img/b.jpg?utm_source=x"))
        .isEqualTo("https://www.jaanojunction.com/img/b.jpg");
    assertThat(UrlNormalizer.absolute("https://www.jaanojunction.com/world/a", "javascript:void(0)")).isNull();
  }
}
