package dev.herald.card;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.channel.HttpClients;
import dev.herald.compose.Composer;
import dev.herald.compose.ExtractiveSummarizer;
import dev.herald.config.Outlet;
import dev.herald.pipeline.ArticleComposer;
import dev.herald.source.Article;
import dev.herald.source.ArticleExtractor;
import dev.herald.source.Fetcher;
import dev.herald.source.OutboundPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A page's own short headline (twitter:title) reaches the card when the full headline does not fit at the floor. */
class PageShortHeadlineTest {

  private static final Outlet OUTLET = new Outlet("Jaano Junction", "https://www.jaanojunction.com", "en",
      ZoneId.of("Asia/Kolkata"), "@jaanojunction", TestImages.JAANO);

  /** 200 characters without a clause break: no leading phrase of its own could stand in for it. */
  private static final String LONG = ("Assam government announces new flood relief package for families in Dhemaji Lakhimpur "
      + "Majuli and Morigaon districts including free rations clean water boats medical camps and cash grants for rebuilding homes "
      + "before the winter sets in").substring(0, 199).strip() + ".";
  private static final String SHORT = "Assam announces flood relief package";

  private final MockWebServer server = new MockWebServer();
  private Fetcher fetcher;
  private ArticleComposer composer;
  private final List<CardRequest> requests = new ArrayList<>();
  private final Java2dCardRenderer renderer = new Java2dCardRenderer();

  // The page's photo is served from loopback, which the policy trusts as it trusts a configured source's origin.
  @BeforeEach
  void start() throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse().setHeader("Content-Type", "image/jpeg")
            .setBody(new Buffer().write(TestImages.jpeg(TestImages.photo(TestImages.BUSY_PHOTO))));
      }
    });
    server.start();
    fetcher = new Fetcher(HttpClients.shared(), OutboundPolicy.of(List.of(server.url("/").toString()), List.of()));
    composer = new ArticleComposer(OUTLET, new ExtractiveSummarizer(), new Composer(), request -> {
      requests.add(request);
      return renderer.render(request);
    }, fetcher);
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  @Test
  void aTwoHundredCharacterHeadlineOnALandscapeCardGivesWayToThePagesTwitterTitle() {
    assertThat(LONG).hasSize(200).doesNotContain(",", ";", ":", " while ", " as ", " after ");
    Article article = page(LONG + " | Jaano Junction", SHORT + " | Jaano Junction");
    assertThat(article.title()).isEqualTo(LONG);
    assertThat(article.shortHeadlines()).containsExactly(SHORT);

    HeadlineFit fit = drawnHeadline(article);

    assertThat(fit.shortened()).isTrue();
    assertThat(fit.truncated()).isFalse();
    assertThat(String.join(" ", fit.lines())).isEqualTo(SHORT);
    assertThat(fit.fontSize()).isGreaterThanOrEqualTo(40f);
  }

  @Test
  void withoutAShortHeadlineTheSameCardFallsBackToALeadingPhraseOfItsOwn() {
    HeadlineFit fit = drawnHeadline(page(LONG, null));

    assertThat(fit.shortened()).isTrue();
    assertThat(LONG).startsWith(String.join(" ", fit.lines()));
  }

  @Test
  void aHeadlineThatFitsIsPrintedInFullEvenWhenThePageOffersAShorterOne() {
    String headline = "Assam government announces new flood relief package for five districts";
    HeadlineFit fit = drawnHeadline(page(headline, SHORT));

    assertThat(fit.shortened()).isFalse();
    assertThat(String.join(" ", fit.lines())).isEqualTo(headline);
  }

  @Test
  void aHindiPagesShortHeadlineSurvivesOntoTheCard() {
    String longHindi = ("उत्तराखंड के जंगलों में लगी भीषण आग नैनीताल शहर तक पहुंची सेना और वायुसेना के हेलीकॉप्टर आग बुझाने में जुटे "
        + "प्रशासन ने पर्यटकों से अपनी यात्रा टालने और स्थानीय लोगों से घरों में रहने को कहा राज्य आपदा प्रबंधन विभाग हालात पर नजर रखे हुए है "
        + "और सैकड़ों हेक्टेयर चीड़ के जंगल जलकर राख हो चुके हैं");
    String shortHindi = "नैनीताल तक पहुंची जंगल की आग";
    Article article = page(longHindi, shortHindi + " | जानो जंक्शन");
    assertThat(article.language()).isEqualTo("hi");

    HeadlineFit fit = drawnHeadline(article);

    assertThat(fit.shortened()).isTrue();
    assertThat(String.join(" ", fit.lines())).isEqualTo(shortHindi);
  }

  private HeadlineFit drawnHeadline(Article article) {
    requests.clear();
    var cards = composer.renderCards(article, Map.of(CardLayout.LANDSCAPE, 5_000_000L));
    assertThat(cards).containsKey(CardLayout.LANDSCAPE);
    assertThat(requests).hasSize(1);
    var rendering = renderer.draw(requests.get(0));
    assertThat(rendering.branded()).as("a photo card").isFalse();
    return rendering.headline();
  }

  private Article page(String ogTitle, String twitterTitle) {
    boolean hindi = ogTitle.matches("(?s).*[\\u0900-\\u097F].*");
    String html = "<!doctype html><html lang=\"" + (hindi ? "hi" : "en") + "\"><head>"
        + "<meta property=\"og:site_name\" content=\"" + (hindi ? "जानो जंक्शन" : "Jaano Junction") + "\">"
        + "<meta property=\"og:title\" content=\"" + ogTitle + "\">"
        + "<meta property=\"og:image\" content=\"" + server.url("/photo.jpg") + "\">"
        + (twitterTitle == null ? "" : "<meta name=\"twitter:title\" content=\"" + twitterTitle + "\">")
        + "</head><body><article><p>Story text.</p></article></body></html>";
    return new ArticleExtractor(fetcher).fromPage("https://www.jaanojunction.com/assam/flood-relief",
        html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
  }
}
