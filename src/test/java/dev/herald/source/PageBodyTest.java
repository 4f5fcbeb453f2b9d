package dev.herald.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageBodyTest {

  private static String body(String html) {
    return PageBody.extract(Jsoup.parse(html, "https://www.jaanojunction.com/a"));
  }

  @Test
  void unmarkedAlsoReadAndLinkOnlyParagraphsAreDropped() {
    String html = """
        <div class="content">
          <p>First paragraph of the story, long enough to be the densest block on the page.</p>
          <p><strong>Also Read</strong></p>
          <p><a href="/other">Forest fire in Uttarakhand spreads to Nainital, Army deployed</a></p>
          <p>Second paragraph, with <a href="/x">a link</a> inside running text that stays.</p>
          <p>Source: India Today</p>
          <p>With inputs from PTI</p>
        </div>""";

    assertThat(body(html)).isEqualTo("""
        First paragraph of the story, long enough to be the densest block on the page.

        Second paragraph, with a link inside running text that stays.""");
  }

  @Test
  void densestBlockWinsOverSidebarsWithFewerWords() {
    String html = """
        <div class="sidebar"><p>Short promo.</p></div>
        <div class="main-text"><p>One long paragraph of actual reporting about the flood situation in Assam.</p>
        <p>Another long paragraph with the district administration's response and relief numbers.</p></div>""";

    assertThat(body(html)).startsWith("One long paragraph").doesNotContain("Short promo");
  }

  @Test
  void articleBodyMarkerIsTrustedEvenWithoutParagraphTags() {
    String html = """
        <div itemprop="articleBody">Line one of the story.<br><br>Line two of the story.</div>
        <div><p>A much longer unrelated block of text in a different part of the page that is not the story.</p></div>""";

    assertThat(body(html)).isEqualTo("Line one of the story.\n\nLine two of the story.");
  }

  @Test
  void classNamesWithAdsDoNotRemoveTheStoryItself() {
    String html = "<div class=\"story ads-enabled\">" + "<p>Paragraph of the story that is long enough to count.</p>".repeat(12) + "</div>";

    assertThat(body(html)).contains("Paragraph of the story");
  }

  @Test
  void pageWithoutTextHasNoBody() {
    assertThat(body("<html><body><nav>Home</nav></body></html>")).isNull();
  }
}
