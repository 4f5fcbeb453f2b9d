package dev.herald.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.herald.channel.HttpClients;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

  private final MockWebServer server = new MockWebServer();
  private ArticleExtractor extractor;

  // The outlet's pages are on loopback here, beside its feed: the source's own origin is trusted.
  @BeforeEach
  void start() throws IOException {
    server.start();
    var policy = OutboundPolicy.of(List.of(server.url("/feed").toString()), List.of());
    extractor = new ArticleExtractor(new Fetcher(HttpClients.shared(), policy));
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private Article feedArticle(String path) {
    return new Article(server.url(path).toString(), "guid-1", "main", "Feed title", "Feed teaser.", "Feed body.",
        "https://cdn.jaanojunction.com/img/feed.jpg", Instant.parse("2026-11-26T00:00:00Z"), "Feed section",
        List.of("feed"), "Feed Author", "en");
  }

  private void serve(String fixture) {
    server.enqueue(new MockResponse().setHeader("Content-Type", "text/html; charset=utf-8").setBody(Fixtures.text(fixture)));
  }

  @Test
  void pageMetadataAndJsonLdGraphOverrideTheFeed() {
    serve("article-page-og-and-jsonld-graph.html");

    Article article = extractor.enrich(feedArticle("/world/blinken"));

    assertThat(article.title()).isEqualTo("'US has evidence of China's interference in elections': Antony Blinken");
    assertThat(article.description()).startsWith("Secretary of State Blinken has asserted evidence");
    assertThat(article.imageUrl()).isEqualTo("https://www.jaanojunction.com/uploads/2026/11/blinken-og.jpg");
    assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-11-26T04:15:00Z"));
    assertThat(article.section()).isEqualTo("World");
    assertThat(article.keywords()).containsExactly("Antony Blinken", "China", "US elections", "Xi Jinping", "Russia");
    assertThat(article.author()).isEqualTo("Jaano Junction Desk");
    assertThat(article.language()).isEqualTo("en");
    assertThat(article.guid()).isEqualTo("guid-1");
    assertThat(article.sourceId()).isEqualTo("main");
  }

  @Test
  void sameHostCanonicalLinkBecomesTheUrlOnlyWhenOnTheSameHost() {
    serve("article-page-og-and-jsonld-graph.html");

    Article article = extractor.enrich(feedArticle("/world/blinken"));

    // the fixture's canonical is on www.jaanojunction.com, the page on loopback: not the same host
    assertThat(article.url()).isEqualTo(server.url("/world/blinken").toString());
    Article onSite = ArticleExtractor.read("https://www.jaanojunction.com/world/blinken?utm_source=x",
        Fixtures.bytes("article-page-og-and-jsonld-graph.html"), "text/html");
    assertThat(onSite.url()).isEqualTo(
        "https://www.jaanojunction.com/world/us-has-evidence-of-chinas-interference-in-elections-antony-blinken");
  }

  @Test
  void bodyKeepsTheStoryAndDropsBoilerplate() {
    serve("article-page-og-and-jsonld-graph.html");

    String body = extractor.enrich(feedArticle("/world/blinken")).body();

    assertThat(body).startsWith("Secretary of State Blinken has asserted evidence of China's election interference")
        .contains("The United States has evidence of China's attempts to influence")
        .contains("\n\nBlinken's remarks came during an interview with CNN")
        .endsWith("present itself as a potential peace broker in the conflict.")
        .doesNotContain("Also Read", "Forest fire in Uttarakhand", "Source: India Today", "Stay connected",
            "Related Stories", "No stories found", "File photo", "Trending", "All rights reserved", "dataLayer", "Home");
    assertThat(body.split("\n\n")).hasSize(19);
  }

  @Test
  void relativeOgImageIsMadeAbsoluteAgainstThePage() {
    serve("article-page-relative-og-image.html");

    Article article = extractor.enrich(feedArticle("/world/relative"));

    assertThat(article.imageUrl()).isEqualTo(server.url("/uploads/2026/11/relative.jpg").toString());
    assertThat(article.title()).isEqualTo("Relative og:image story");
  }

  @Test
  void missingOgImageKeepsTheFeedImage() {
    serve("article-page-missing-og-image.html");

    Article article = extractor.enrich(feedArticle("/world/no-image"));

    assertThat(article.imageUrl()).isEqualTo("https://cdn.jaanojunction.com/img/feed.jpg");
    assertThat(article.title()).isEqualTo("No og:image here");
    assertThat(article.keywords()).containsExactly("feed");
  }

  @Test
  void jsonLdImageArrayGivesTheFirstImageAndItsFields() {
    serve("article-page-jsonld-image-array.html");

    Article article = extractor.enrich(feedArticle("/world/array"));

    assertThat(article.imageUrl()).isEqualTo("https://cdn.jaanojunction.com/img/first-16x9.jpg");
    assertThat(article.title()).isEqualTo("Array image story & more");
    assertThat(article.keywords()).containsExactly("Blinken", "China", "Elections");
    assertThat(article.author()).isEqualTo("Staff Reporter");
    assertThat(article.section()).isEqualTo("World");
    assertThat(article.body()).contains("Blinken's remarks came during").doesNotContain("Also Read", "Source: India Today");
  }

  @Test
  void notFoundPageReturnsTheFeedArticleUnchanged() {
    server.enqueue(new MockResponse().setResponseCode(404));
    Article fromFeed = feedArticle("/gone");

    assertThat(extractor.enrich(fromFeed)).isEqualTo(fromFeed);
  }

  @Test
  void droppedConnectionOrGarbageReturnsTheFeedArticleUnchanged() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    Article fromFeed = feedArticle("/drop");

    assertThat(extractor.enrich(fromFeed)).isEqualTo(fromFeed);
  }

  @Test
  void tooLargePageReturnsTheFeedArticleUnchanged() {
    server.enqueue(new MockResponse().setBody("<p>" + "x".repeat((int) ArticleExtractor.MAX_PAGE_BYTES) + "</p>"));
    Article fromFeed = feedArticle("/huge");

    assertThat(extractor.enrich(fromFeed)).isEqualTo(fromFeed);
  }

  @Test
  void nonHtmlAnswerReturnsTheFeedArticleUnchanged() {
    server.enqueue(new MockResponse().setHeader("Content-Type", "image/jpeg").setBody("\u00ff\u00d8\u00ff"));
    Article fromFeed = feedArticle("/photo.jpg");

    assertThat(extractor.enrich(fromFeed)).isEqualTo(fromFeed);
  }

  @Test
  void garbageHtmlKeepsTheFeedsFields() {
    server.enqueue(new MockResponse().setBody("\u0000\u0001<<<>>> not html at all &&&"));
    Article fromFeed = feedArticle("/garbage");

    Article article = extractor.enrich(fromFeed);

    assertThat(article.title()).isEqualTo("Feed title");
    assertThat(article.imageUrl()).isEqualTo(fromFeed.imageUrl());
    assertThat(article.url()).isEqualTo(fromFeed.url());
  }

  @Test
  void longerFeedBodyIsKeptOverAShortPageBody() {
    String page = "<html><body><article><p>Short teaser.</p></article></body></html>";
    Article feed = feedArticle("/x");
    Article withLongBody = new Article(feed.url(), feed.guid(), feed.sourceId(), feed.title(), feed.description(),
        "A much longer body from the feed's content:encoded.\n\nSecond paragraph.", feed.imageUrl(), feed.publishedAt(),
        feed.section(), feed.keywords(), feed.author(), feed.language());
    server.enqueue(new MockResponse().setBody(page));

    assertThat(extractor.enrich(withLongBody).body()).isEqualTo(withLongBody.body());
  }

  @Test
  void fromPageReadsAnArticlePageWithoutAFeed() {
    Article article = extractor.fromPage("https://www.jaanojunction.com/world/blinken?utm_source=x",
        Fixtures.bytes("article-page-og-and-jsonld-graph.html"), "text/html; charset=utf-8");

    assertThat(article.url()).isEqualTo(
        "https://www.jaanojunction.com/world/us-has-evidence-of-chinas-interference-in-elections-antony-blinken");
    assertThat(article.guid()).isEqualTo(article.url());
    assertThat(article.title()).isEqualTo("'US has evidence of China's interference in elections': Antony Blinken");
    assertThat(article.body()).contains("Beijing has repeatedly said it does not interfere in US elections.");
  }

  @Test
  void fromPageOfAnEmptyPageStillHasATitle() {
    Article article = extractor.fromPage("https://www.jaanojunction.com/assam/rhino-count-rises", new byte[0], null);

    assertThat(article.title()).isEqualTo("Rhino count rises");
    assertThat(article.body()).isNull();
  }

  @Test
  void hindiPageInLegacyCharsetIsDecodedAndMarkedHindi() {
    String html = """
        <html lang="en"><head><meta property="og:title" content="गुवाहाटी में भारी बारिश"></head>
        <body><article><p>शहर में सुबह से बारिश हो रही है और कई इलाकों में जलभराव की स्थिति बनी है।</p></article></body></html>""";

    Article article = extractor.fromPage("https://www.jaanojunction.com/hindi/rain",
        html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");

    assertThat(article.title()).isEqualTo("गुवाहाटी में भारी बारिश");
    assertThat(article.language()).isEqualTo("hi");
    assertThat(article.body()).isEqualTo("शहर में सुबह से बारिश हो रही है और कई इलाकों में जलभराव की स्थिति बनी है।");
  }

  @Test
  void aPageOfTwoHundredThousandNestedDivsFallsBackToTheFeedsTextWithinItsBudget() {
    String page = "<html><head><title>Deep</title></head><body>" + "<div>".repeat(200_000)
        + "<p itemprop=articleBody>Deep text.</p>" + "</div>".repeat(200_000) + "</body></html>";
    server.enqueue(new MockResponse().setHeader("Content-Type", "text/html; charset=utf-8").setBody(page));
    Article fromFeed = feedArticle("/world/deep");

    // A hang guard only: the budget is 2 s, the page once held a thread for 15 minutes.
    Article article = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> extractor.enrich(fromFeed));

    assertThat(article).isEqualTo(fromFeed);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aPageNestedDeeperThanTheCapIsNotExtracted() {
    String page = "<html><body>" + "<div>".repeat(ArticleExtractor.MAX_DEPTH + 10) + "<p>Deep text that is long enough.</p>"
        + "</div>".repeat(ArticleExtractor.MAX_DEPTH + 10) + "</body></html>";
    server.enqueue(new MockResponse().setHeader("Content-Type", "text/html").setBody(page));
    Article fromFeed = feedArticle("/world/deep");

    assertThat(extractor.enrich(fromFeed)).isEqualTo(fromFeed);
  }

  @Test
  void aPageMarkedUpWithArticleBodyInsideManyWrappersIsStillReadInTime() {
    String page = "<html><head><title>Wrapped</title></head><body>" + "<div class=wrap>".repeat(300)
        + "<div itemprop=articleBody><p>The story, kept.</p></div>" + "<div class=related><p>Also read this</p></div>"
        + "</div>".repeat(300) + "</body></html>";
    server.enqueue(new MockResponse().setHeader("Content-Type", "text/html").setBody(page));

    Article article = extractor.enrich(feedArticle("/world/wrapped"));

    assertThat(article.body()).isEqualTo("The story, kept.");
  }

  @Test
  void thePagesImageDescriptionTravelsWithThePagesImageOnly() {
    var feed = new Article("https://www.jaanojunction.com/a", "g", "main", "Feed title", null, null,
        "https://www.jaanojunction.com/feed.jpg", null, null, List.of(), null, "en");
    var pageWithPhoto = new Article(null, null, null, "Page title", null, null, "https://www.jaanojunction.com/page.jpg",
        null, null, List.of(), null, null, "Rescuers at the site");
    var pageWithoutPhoto = new Article(null, null, null, "Page title", null, null, null, null, null, List.of(), null, null,
        "Rescuers at the site");

    assertThat(ArticleExtractor.merge(feed, pageWithPhoto).imageAlt()).isEqualTo("Rescuers at the site");
    assertThat(ArticleExtractor.merge(feed, pageWithoutPhoto).imageUrl()).isEqualTo("https://www.jaanojunction.com/feed.jpg");
    assertThat(ArticleExtractor.merge(feed, pageWithoutPhoto).imageAlt()).isNull();
  }

  @Test
  void aCaptionLosesItsPhotoCreditAndAnAltThatSaysNothingIsSkipped() {
    String html = """
        <html><head><meta property="og:image" content="https://www.jaanojunction.com/img/rescue.jpg"></head><body>
        <article><h1>Rescue goes on</h1><figure><img src="/img/rescue.jpg?w=600" alt="photo">
        <figcaption>Rescuers search the debris in Wayanad | Photo: PTI</figcaption></figure><p>Rescue goes on.</p></article>
        </body></html>""";

    var article = ArticleExtractor.read("https://www.jaanojunction.com/kerala/rescue", html.getBytes(StandardCharsets.UTF_8), "text/html");

    assertThat(article.imageAlt()).isEqualTo("Rescuers search the debris in Wayanad");
  }

  @Test
  void aLongOgTitleKeepsThePagesShortTwitterTitleForTheCardWithoutTheSiteName() {
    String html = """
        <html lang="en"><head><meta property="og:site_name" content="Jaano Junction">
        <meta property="og:title" content="Assam government announces new flood relief package for families in Dhemaji, Lakhimpur, Majuli and Morigaon districts, including free rations and cash grants | Jaano Junction">
        <meta name="twitter:title" content="Assam announces flood relief package - Jaano Junction">
        </head><body><article><p>Relief reaches four districts.</p></article></body></html>""";

    var article = ArticleExtractor.read("https://www.jaanojunction.com/assam/flood-relief", html.getBytes(StandardCharsets.UTF_8), "text/html");

    assertThat(article.title()).startsWith("Assam government announces").endsWith("cash grants");
    assertThat(article.shortHeadlines()).containsExactly("Assam announces flood relief package");
    assertThat(ArticleExtractor.merge(feedArticle("/assam/flood-relief"), article).shortHeadlines())
        .containsExactly("Assam announces flood relief package");
    assertThat(article.withTitle("Edited").withSourceId("main").shortHeadlines()).containsExactly("Assam announces flood relief package");
  }

  @Test
  void aTwitterTitleThatIsTheHeadlineOrLongerIsNoShortHeadline() {
    String same = """
        <html><head><meta property="og:title" content="Rhino count rises in Kaziranga">
        <meta name="twitter:title" content="Rhino count rises in Kaziranga | Jaano Junction"></head><body></body></html>""";
    String longer = """
        <html><head><meta property="og:title" content="Rhino count rises">
        <meta name="twitter:title" content="Rhino count rises in Kaziranga, the census finds"></head><body></body></html>""";

    assertThat(ArticleExtractor.read("https://www.jaanojunction.com/a", same.getBytes(StandardCharsets.UTF_8), "text/html")
        .shortHeadlines()).isEmpty();
    assertThat(ArticleExtractor.read("https://www.jaanojunction.com/a", longer.getBytes(StandardCharsets.UTF_8), "text/html")
        .shortHeadlines()).isEmpty();
  }

  @Test
  void aHindiPagesShortTwitterTitleIsKeptIntact() {
    String html = """
        <html lang="hi"><head><meta property="og:site_name" content="जानो जंक्शन">
        <meta property="og:title" content="उत्तराखंड के जंगलों में लगी भीषण आग नैनीताल शहर तक पहुंची, सेना और वायुसेना के हेलीकॉप्टर आग बुझाने में जुटे">
        <meta name="twitter:title" content="नैनीताल तक पहुंची जंगल की आग | जानो जंक्शन"></head><body></body></html>""";

    var article = ArticleExtractor.read("https://www.jaanojunction.com/hindi/fire", html.getBytes(StandardCharsets.UTF_8), "text/html");

    assertThat(article.language()).isEqualTo("hi");
    assertThat(article.shortHeadlines()).containsExactly("नैनीताल तक पहुंची जंगल की आग");
  }
}
