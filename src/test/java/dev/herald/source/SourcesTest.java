package dev.herald.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourcesTest {

  @ParameterizedTest
  @ValueSource(strings = {"rss-with-media-content.xml", "atom.xml", "rdf.xml", "json-feed-1.1.json", "json-feed-1.0.json",
      "news-sitemap.xml", "plain-sitemap.xml", "utf8-bom.xml", "latin1-declared.xml", "hindi-feed.xml"})
  void feedsLookLikeFeeds(String fixture) {
    assertThat(Sources.looksLikeFeed(Fixtures.bytes(fixture), null)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"article-page-og-and-jsonld-graph.html", "article-page-jsonld-image-array.html"})
  void articlePagesDoNotLookLikeFeeds(String fixture) {
    assertThat(Sources.looksLikeFeed(Fixtures.bytes(fixture), "text/html")).isFalse();
  }

  @Test
  void emptyGarbageAndPlainJsonAreNotFeeds() {
    assertThat(Sources.looksLikeFeed(new byte[0], null)).isFalse();
    assertThat(Sources.looksLikeFeed(null, null)).isFalse();
    assertThat(Sources.looksLikeFeed("hello".getBytes(StandardCharsets.UTF_8), "text/plain")).isFalse();
    assertThat(Sources.looksLikeFeed("{\"a\":1}".getBytes(StandardCharsets.UTF_8), "application/json")).isFalse();
    assertThat(Sources.looksLikeFeed("<html><body/></html>".getBytes(StandardCharsets.UTF_8), "application/xml")).isFalse();
  }

  @Test
  void theBundledDemoFeedLooksLikeAFeed() throws Exception {
    assertThat(Sources.looksLikeFeed(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("config/demo/feed.xml")), null)).isTrue();
  }
}
