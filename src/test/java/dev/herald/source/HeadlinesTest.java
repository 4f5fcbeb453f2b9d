package dev.herald.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlinesTest {

  private static final List<String> JAANO = List.of("Jaano Junction", "jaanojunction.com", "jaanojunction");

  @Test
  void theSitesNameGoesWhicheverWayItIsWrittenOrSeparated() {
    for (String title : List.of("Monsoon reaches Kerala | Jaano Junction", "Monsoon reaches Kerala - Jaano Junction",
        "Monsoon reaches Kerala — JAANO JUNCTION", "Monsoon reaches Kerala - jaanojunction.com", "Monsoon reaches Kerala :: JaanoJunction")) {
      assertThat(Headlines.withoutSiteName(title, JAANO)).as(title).isEqualTo("Monsoon reaches Kerala");
    }
  }

  @Test
  void aTitleTagsSectionLabelGoesWithTheSiteButAHeadlinesOwnDashStays() {
    assertThat(Headlines.withoutTitleLabel("Sensex closes above 85,000 | Business | Jaano Junction", JAANO))
        .isEqualTo("Sensex closes above 85,000");
    assertThat(Headlines.withoutTitleLabel("Sensex closes above 85,000 | Markets Live", List.of()))
        .isEqualTo("Sensex closes above 85,000");
    // only a <title>'s short "| label" goes without naming the site; og:title and " - " keep theirs
    assertThat(Headlines.withoutSiteName("Kerala floods - live updates", JAANO)).isEqualTo("Kerala floods - live updates");
    assertThat(Headlines.withoutSiteName("Ind vs Aus | Day 2", JAANO)).isEqualTo("Ind vs Aus | Day 2");
    assertThat(Headlines.withoutTitleLabel("Sensex | Nifty", JAANO)).isEqualTo("Sensex | Nifty");
  }

  @Test
  void theOutletsNameAndItsSitesHostGoFromAFeedsTitle() {
    assertThat(Headlines.withoutOutletName("मानसून केरल पहुंचा - Jaano Junction", "Jaano Junction", "https://www.jaanojunction.com"))
        .isEqualTo("मानसून केरल पहुंचा");
    assertThat(Headlines.withoutOutletName("Monsoon reaches Kerala | jaanojunction.com", "JJ News", "https://www.jaanojunction.com/"))
        .isEqualTo("Monsoon reaches Kerala");
    assertThat(Headlines.withoutOutletName("Jaano Junction", "Jaano Junction", null)).isEqualTo("Jaano Junction");
  }

  @Test
  void aPageWithoutOgTitleTakesItsStorysH1NotItsTitleTagNorALogoH1() {
    String html = """
        <html><head><title>Rhino count rises in Kaziranga | Assam | Jaano Junction</title></head>
        <body><header><h1 class="logo">Jaano Junction</h1></header>
        <article><h1>Rhino count rises in Kaziranga, census finds</h1><p>The count rose.</p></article></body></html>""";

    var article = ArticleExtractor.read("https://www.jaanojunction.com/assam/rhino", html.getBytes(), "text/html");

    assertThat(article.title()).isEqualTo("Rhino count rises in Kaziranga, census finds");
  }

  @Test
  void aPageWithOnlyATitleTagLosesTheSiteAndSectionLabels() {
    String html = "<html><head><title>Rhino count rises in Kaziranga | Assam | Jaano Junction</title></head>"
        + "<body><h1>Jaano Junction</h1><p>The count rose.</p></body></html>";

    var article = ArticleExtractor.read("https://www.jaanojunction.com/assam/rhino", html.getBytes(), "text/html");

    assertThat(article.title()).isEqualTo("Rhino count rises in Kaziranga");
  }
}
