package dev.herald.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class FeedParserTest {

  private static List<Article> parse(String fixture) throws FeedException {
    return FeedParser.parse(Fixtures.bytes(fixture), null, "https://www.jaanojunction.com/feed");
  }

  @Test
  void rssItemsComeNewestFirstWithNormalizedLinks() throws Exception {
    List<Article> items = parse("rss-with-media-content.xml");

    assertThat(items).extracting(Article::url).containsExactly(
        "https://www.jaanojunction.com/world/blinken-china-interference?id=7",
        "https://www.jaanojunction.com/assam/thumbnail-story",
        "https://www.jaanojunction.com/national/older-story",
        "https://www.jaanojunction.com/sports/img-in-content");
  }

  @Test
  void rssItemCarriesPlainTextFieldsBodyAndMetadata() throws Exception {
    Article blinken = parse("rss-with-media-content.xml").get(0);

    assertThat(blinken.title()).isEqualTo("Blinken says US has evidence of China’s interference & more");
    assertThat(blinken.description()).isEqualTo("Secretary of State Blinken has asserted evidence of China’s election interference.");
    assertThat(blinken.body()).isEqualTo("""
        The United States has evidence of China's attempts to influence the elections.

        Blinken's remarks came during an interview with CNN.
        He spoke in Beijing.

        Beijing has repeatedly said it does not interfere.""");
    assertThat(blinken.guid()).isEqualTo("jj-1002");
    assertThat(blinken.imageUrl()).isEqualTo("https://cdn.jaanojunction.com/img/blinken.jpg");
    assertThat(blinken.publishedAt()).isEqualTo(Instant.parse("2026-11-18T05:00:00Z"));
    assertThat(blinken.section()).isEqualTo("World");
    assertThat(blinken.keywords()).containsExactly("World", "China", "US Elections");
    assertThat(blinken.author()).isEqualTo("Staff Reporter");
    assertThat(blinken.language()).isEqualTo("en");
  }

  @Test
  void imageFallsBackFromThumbnailToEnclosureToFirstContentImage() throws Exception {
    List<Article> items = parse("rss-with-media-content.xml");

    assertThat(items.get(1).imageUrl()).isEqualTo("https://cdn.jaanojunction.com/img/thumb.jpg");
    assertThat(items.get(2).imageUrl()).isEqualTo("https://cdn.jaanojunction.com/img/older.jpg");
    assertThat(items.get(3).imageUrl()).isEqualTo("https://www.jaanojunction.com/img/match.png");
  }

  @Test
  void rssAuthorInEmailFormGivesTheName() throws Exception {
    assertThat(parse("rss-with-media-content.xml").get(1).author()).isEqualTo("Assam Desk");
  }

  @Test
  void atomEntriesAreRead() throws Exception {
    List<Article> items = parse("atom.xml");

    assertThat(items).extracting(Article::title).containsExactly(
        "Guwahati gets new electric buses", "Kaziranga opens for the tourist season & jeep safaris resume");
    Article kaziranga = items.get(1);
    assertThat(kaziranga.url()).isEqualTo("https://www.jaanojunction.com/assam/kaziranga-opens");
    assertThat(kaziranga.guid()).isEqualTo("tag:jaanojunction.com,2026:kaziranga");
    assertThat(kaziranga.body()).isEqualTo("The central Kohora range reopened.\n\nElephant safaris start next week.");
    assertThat(kaziranga.author()).isEqualTo("Priya Das");
    assertThat(kaziranga.keywords()).containsExactly("Assam", "Tourism");
    assertThat(kaziranga.publishedAt()).isEqualTo(Instant.parse("2026-11-01T04:30:00Z"));
    assertThat(items.get(0).publishedAt()).isEqualTo(Instant.parse("2026-11-05T04:30:00Z"));
  }

  @Test
  void rdfItemsAreRead() throws Exception {
    List<Article> items = parse("rdf.xml");

    assertThat(items).extracting(Article::url).containsExactly(
        "https://www.jaanojunction.com/economy/gst-collections", "https://www.jaanojunction.com/economy/tea-auction");
    Article tea = items.get(1);
    assertThat(tea.author()).isEqualTo("Business Desk");
    assertThat(tea.section()).isEqualTo("Economy");
    assertThat(tea.publishedAt()).isEqualTo(Instant.parse("2026-11-12T02:30:00Z"));
    assertThat(tea.language()).isEqualTo("en");
  }

  @Test
  void jsonFeedOnePointOneIsRead() throws Exception {
    List<Article> items = FeedParser.parse(Fixtures.bytes("json-feed-1.1.json"), "application/feed+json",
        "https://www.jaanojunction.com/feed.json");

    Article hindi = items.get(0);
    assertThat(hindi.title()).isEqualTo("दिल्ली में वायु गुणवत्ता फिर 'गंभीर' श्रेणी में");
    assertThat(hindi.url()).isEqualTo("https://www.jaanojunction.com/hindi/delhi-aqi");
    assertThat(hindi.body()).isEqualTo("राजधानी में सुबह घना स्मॉग छाया रहा।\n\nस्कूलों में ऑनलाइन कक्षाएं होंगी।");
    assertThat(hindi.language()).isEqualTo("hi");
    Article cyclone = items.get(1);
    assertThat(cyclone.url()).isEqualTo("https://www.jaanojunction.com/national/cyclone-warning");
    assertThat(cyclone.imageUrl()).isEqualTo("https://www.jaanojunction.com/img/cyclone.jpg");
    assertThat(cyclone.body()).isEqualTo("The IMD issued a warning.\n\nSchools will stay shut on Friday.");
    assertThat(cyclone.author()).isEqualTo("Weather Desk, Ravi Kumar");
    assertThat(cyclone.keywords()).containsExactly("National", "Weather");
    assertThat(cyclone.language()).isEqualTo("en");
    assertThat(cyclone.publishedAt()).isEqualTo(Instant.parse("2026-11-21T01:45:00Z"));
  }

  @Test
  void jsonFeedOnePointZeroAuthorObjectIsRead() throws Exception {
    Article item = parse("json-feed-1.0.json").get(0);

    assertThat(item.author()).isEqualTo("Sports Desk");
    assertThat(item.body()).isEqualTo("India won 3-1.");
  }

  @Test
  void newsSitemapGivesTitlesDatesKeywordsAndLanguage() throws Exception {
    List<Article> items = parse("news-sitemap.xml");

    assertThat(items).hasSize(2);
    Article chhath = items.get(0);
    assertThat(chhath.title()).isEqualTo("छठ पूजा पर घाटों पर उमड़ी भीड़");
    assertThat(chhath.language()).isEqualTo("hi");
    Article flood = items.get(1);
    assertThat(flood.url()).isEqualTo("https://www.jaanojunction.com/assam/flood-relief");
    assertThat(flood.title()).isEqualTo("Flood relief camps set up in Dhemaji & Lakhimpur");
    assertThat(flood.keywords()).containsExactly("Assam", "Floods", "Relief");
    assertThat(flood.section()).isEqualTo("Assam");
    assertThat(flood.imageUrl()).isEqualTo("https://cdn.jaanojunction.com/img/flood.jpg");
    assertThat(flood.publishedAt()).isEqualTo(Instant.parse("2026-11-19T03:30:00Z"));
    assertThat(flood.language()).isEqualTo("en");
  }

  @Test
  void plainSitemapUsesTheSlugAsAStandInTitle() throws Exception {
    List<Article> items = parse("plain-sitemap.xml");

    assertThat(items).extracting(Article::title).containsExactly("Climate summit ends", "New metro line opens");
    assertThat(items.get(1).publishedAt()).isEqualTo(Instant.parse("2026-11-03T00:00:00Z"));
  }

  @Test
  void sitemapIndexIsRefusedWithAHint() {
    assertThatThrownBy(() -> parse("sitemap-index.xml"))
        .isInstanceOf(FeedException.class).hasMessageContaining("sitemap index");
  }

  @Test
  void malformedXmlIsRefusedWithItsLine() {
    assertThatThrownBy(() -> parse("malformed.xml"))
        .isInstanceOf(FeedException.class).hasMessageContaining("not well-formed XML at line");
  }

  @Test
  void externalEntityIsRefusedAndNeverRead() {
    assertThatThrownBy(() -> parse("xxe.xml"))
        .isInstanceOf(FeedException.class)
        .hasMessageContaining("DOCTYPE")
        .hasMessageNotContaining("root:");
  }

  @Test
  @Timeout(5)
  void billionLaughsIsRefusedQuickly() {
    assertThatThrownBy(() -> parse("billion-laughs.xml"))
        .isInstanceOf(FeedException.class).hasMessageContaining("DOCTYPE");
  }

  @Test
  void latin1DeclaredInThePrologIsDecoded() throws Exception {
    Article item = parse("latin1-declared.xml").get(0);

    assertThat(item.title()).isEqualTo("Café owners in Shillong welcome the détente ½ price offer");
    assertThat(item.description()).isEqualTo("Naïve © 2026");
  }

  @Test
  void windows1252DeclaredInThePrologIsDecoded() throws Exception {
    assertThat(parse("windows-1252-declared.xml").get(0).title()).isEqualTo("“It’s historic” – fuel costs €2 less");
  }

  @Test
  void utf8ByteOrderMarkIsSkipped() throws Exception {
    Article item = parse("utf8-bom.xml").get(0);

    assertThat(item.title()).isEqualTo("गुवाहाटी में बारिश");
    assertThat(item.description()).isEqualTo("‘Quoted’ text");
    assertThat(item.language()).isEqualTo("hi");
  }

  @Test
  void httpCharsetWinsOverAMissingPrologDeclaration() throws Exception {
    byte[] latin1 = """
        <rss version="2.0"><channel><title>t</title><link>https://x.example/</link><description>d</description>
        <item><title>Café</title><link>https://x.example/a</link></item></channel></rss>"""
        .getBytes(StandardCharsets.ISO_8859_1);

    assertThat(FeedParser.parse(latin1, "application/rss+xml; charset=ISO-8859-1", null).get(0).title()).isEqualTo("Café");
  }

  @Test
  void leadingBlankLinesAndHtmlEntitiesThatXmlDoesNotKnowAreTolerated() throws Exception {
    byte[] sloppy = """

        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>t</title><link>https://x.example/</link><description>d</description>
        <item><title>Rains&nbsp;lash Guwahati &mdash; schools shut</title><link>https://x.example/a</link></item></channel></rss>"""
        .getBytes(StandardCharsets.UTF_8);

    assertThat(FeedParser.parse(sloppy, null, null).get(0).title()).isEqualTo("Rains lash Guwahati — schools shut");
  }

  @Test
  void pubDatesJavaTimeCannotReadAreLeftToRome() throws Exception {
    byte[] feed = """
        <rss version="2.0"><channel><title>t</title><link>https://x.example/</link><description>d</description>
        <item><title>a</title><link>https://x.example/a</link><pubDate>Wed, 25 Nov 2026 10:00:00 GMT</pubDate></item>
        <item><title>b</title><link>https://x.example/b</link><pubDate>Wed, 25 Nov 2026 05:00:00 EST</pubDate></item>
        </channel></rss>""".getBytes(StandardCharsets.UTF_8);

    assertThat(FeedParser.parse(feed, null, null)).extracting(Article::publishedAt)
        .containsExactly(Instant.parse("2026-11-25T10:00:00Z"), Instant.parse("2026-11-25T10:00:00Z"));
  }

  @Test
  void hindiFeedItemsAreMarkedHindiEvenWhenTheFeedSaysEnglish() throws Exception {
    List<Article> items = parse("hindi-feed.xml");

    assertThat(items).hasSize(3).allSatisfy(a -> assertThat(a.language()).isEqualTo("hi"));
    assertThat(items.get(0).title()).isEqualTo("दिल्ली में वायु गुणवत्ता फिर 'गंभीर' श्रेणी में");
    assertThat(items.get(0).body()).isEqualTo("दिल्ली में बुधवार सुबह घना स्मॉग छाया रहा।\n\nप्रशासन ने प्राथमिक स्कूलों में ऑनलाइन कक्षाएं चलाने का निर्देश दिया है।");
    assertThat(items.get(0).keywords()).containsExactly("राष्ट्रीय", "प्रदूषण");
    assertThat(items.get(0).author()).isEqualTo("जानो जंक्शन डेस्क");
  }

  @Test
  void hundredItemFeedIsReadInFull() throws Exception {
    List<Article> items = parse("rss-100-items.xml");

    assertThat(items).hasSize(100);
    assertThat(items).allSatisfy(a -> assertThat(a.url()).doesNotContain("utm_source"));
    assertThat(items).isSortedAccordingTo((a, b) -> b.publishedAt().compareTo(a.publishedAt()));
  }

  @Test
  void unknownXmlIsRefusedByName() {
    byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> FeedParser.parse(svg, "image/svg+xml", null))
        .isInstanceOf(FeedException.class).hasMessageContaining("<svg> is not RSS");
  }

  @Test
  void htmlPageEmptyBodyAndJsonThatIsNotAFeedAreRefused() {
    assertThatThrownBy(() -> FeedParser.parse("<!DOCTYPE html><html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8), "text/html", null))
        .isInstanceOf(FeedException.class).hasMessageContaining("HTML page");
    assertThatThrownBy(() -> FeedParser.parse(new byte[0], null, null))
        .isInstanceOf(FeedException.class).hasMessageContaining("empty");
    assertThatThrownBy(() -> FeedParser.parse("{\"hello\": 1}".getBytes(StandardCharsets.UTF_8), "application/json", null))
        .isInstanceOf(FeedException.class).hasMessageContaining("not a JSON Feed");
    assertThatThrownBy(() -> FeedParser.parse("{\"version\": ".getBytes(StandardCharsets.UTF_8), "application/json", null))
        .isInstanceOf(FeedException.class).hasMessageContaining("malformed JSON");
  }

  private static final String LOCAL_FEED = "file:///srv/herald/demo/feed.xml";

  private static String imageOf(String feedUrl, String imageXml) throws FeedException {
    String rss = """
        <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>T</title>
        <item><title>Kaziranga reopens</title><link>https://www.jaanojunction.com/assam/kaziranga</link>%s</item>
        </channel></rss>""".formatted(imageXml);
    return FeedParser.parse(rss.getBytes(StandardCharsets.UTF_8), null, feedUrl).get(0).imageUrl();
  }

  @Test
  void aLocalFeedsRelativePhotoLinksNameFilesInItsOwnDirectory() throws Exception {
    assertThat(imageOf(LOCAL_FEED, "<enclosure url=\"photos/eagle.jpg\" type=\"image/jpeg\" length=\"3\"/>"))
        .isEqualTo("file:///srv/herald/demo/photos/eagle.jpg");
    assertThat(imageOf(LOCAL_FEED, "<media:content url=\"./photos/street%20scene.jpg\" medium=\"image\"/>"))
        .isEqualTo("file:///srv/herald/demo/photos/street%20scene.jpg");
    assertThat(imageOf(LOCAL_FEED, "<description><![CDATA[<p><img src=\"photos/in-text.png\"></p>]]></description>"))
        .isEqualTo("file:///srv/herald/demo/photos/in-text.png");
  }

  @Test
  void aLocalFeedsLinkOutOfItsDirectoryOrAnyFeedsAbsoluteFileLinkIsNoImage() throws Exception {
    assertThat(imageOf(LOCAL_FEED, "<enclosure url=\"../../../etc/passwd.jpg\" type=\"image/jpeg\" length=\"3\"/>")).isNull();
    assertThat(imageOf(LOCAL_FEED, "<enclosure url=\"photos/../../secret.jpg\" type=\"image/jpeg\" length=\"3\"/>")).isNull();
    assertThat(imageOf(LOCAL_FEED, "<enclosure url=\"file:///srv/herald/demo/photos/eagle.jpg\" type=\"image/jpeg\" length=\"3\"/>"))
        .isNull();
    assertThat(imageOf("https://www.jaanojunction.com/feed",
        "<media:content url=\"file:///etc/passwd\" medium=\"image\"/>")).isNull();
    // a root-relative or protocol-relative link is the website's, as in any feed
    assertThat(imageOf(LOCAL_FEED, "<enclosure url=\"/uploads/eagle.jpg\" type=\"image/jpeg\" length=\"3\"/>"))
        .isEqualTo("https://www.jaanojunction.com/uploads/eagle.jpg");
  }

  @Test
  void aWebFeedsRelativePhotoLinkResolvesAgainstTheItemsPageNeverToAFile() throws Exception {
    assertThat(imageOf("https://www.jaanojunction.com/feed", "<enclosure url=\"photos/eagle.jpg\" type=\"image/jpeg\" length=\"3\"/>"))
        .isEqualTo("https://www.jaanojunction.com/assam/photos/eagle.jpg");
  }

  @Test
  void aLocalJsonFeedsRelativeImageIsAFileBesideItToo() throws Exception {
    String json = """
        {"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": [
          {"id": "1", "url": "https://www.jaanojunction.com/assam/kaziranga", "title": "Kaziranga reopens", "image": "photos/eagle.jpg"},
          {"id": "2", "url": "https://www.jaanojunction.com/assam/escape", "title": "Escape", "image": "../secret.jpg"}]}""";

    List<Article> items = FeedParser.parse(json.getBytes(StandardCharsets.UTF_8), "application/feed+json", LOCAL_FEED);

    assertThat(items).extracting(Article::imageUrl).containsExactly("file:///srv/herald/demo/photos/eagle.jpg", null);
  }
}
