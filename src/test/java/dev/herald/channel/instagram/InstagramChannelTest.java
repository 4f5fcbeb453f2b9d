package dev.herald.channel.instagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.herald.card.Card;
import dev.herald.channel.Channel;
import dev.herald.channel.ChannelContext;
import dev.herald.channel.PublicCards;
import dev.herald.channel.PublishException;
import dev.herald.channel.PublishException.Kind;
import dev.herald.channel.graph.ContainerWait;
import dev.herald.fake.FakeApi;
import dev.herald.fake.FakeCardHost;
import dev.herald.fake.FakeGraph;
import dev.herald.fake.FakeInstagram;
import dev.herald.fake.PlatformFixtures;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InstagramChannelTest {

  static final String TOKEN = "IGQ-instagram-token-SECRET-3c4d";

  final FakeInstagram instagram = new FakeInstagram(TOKEN);
  final FakeCardHost cards = new FakeCardHost();
  final List<Duration> pauses = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    instagram.close();
    cards.close();
  }

  Channel channel(PublicCards publicCards) {
    var settings = Map.of("apiBaseUrl", instagram.baseUrl(), "igUserId", FakeInstagram.IG_USER_ID, "accessToken", TOKEN);
    var context = PlatformFixtures.context(Clock.systemUTC());
    return new InstagramProvider(new ContainerWait(3, Duration.ofSeconds(5), pauses::add)).create(
        PlatformFixtures.config("instagram", "instagram", settings),
        new ChannelContext(context.http(), context.clock(), null, publicCards));
  }

  @Test
  void createsAContainerFromThePublicCardWaitsForItThenPublishes() throws Exception {
    instagram.nextStatuses("IN_PROGRESS");

    var receipt = channel(cards).publish(PlatformFixtures.post("instagram", PlatformFixtures.card()));

    var create = instagram.requests("POST", "/v25.0/" + FakeInstagram.IG_USER_ID + "/media").get(0);
    assertThat(create.fields().get("image_url")).startsWith(cards.baseUrl() + "/cards/").endsWith(".jpg");
    assertThat(create.fields().get("caption")).contains(PlatformFixtures.HINDI);
    assertThat(create.fields().get("alt_text")).contains("संसद");
    assertThat(cards.requests("GET", "/cards/")).hasSize(1);
    assertThat(pauses).hasSize(1);
    assertThat(instagram.published()).hasSize(1);
    var published = instagram.published().get(0);
    assertThat(receipt.platformId()).isEqualTo(published.mediaId());
    assertThat(receipt.url()).startsWith("https://www.instagram.com/p/");
    assertThat(instagram.requests("GET", "/v25.0/" + FakeInstagram.IG_USER_ID + "/content_publishing_limit")).hasSize(1);
  }

  @Test
  void aContainerInErrorOrExpiredFailsWithTheReason() {
    var unreachable = catchThrowableOfType(PublishException.class,
        () -> channel(card -> "http://127.0.0.1:1/cards/nowhere.jpg").publish(PlatformFixtures.post("instagram", PlatformFixtures.card())));
    instagram.nextStatuses("EXPIRED");
    var expired = catchThrowableOfType(PublishException.class,
        () -> channel(cards).publish(PlatformFixtures.post("instagram", PlatformFixtures.card())));

    assertThat(unreachable.kind()).isEqualTo(Kind.PERMANENT);
    assertThat(unreachable.getMessage()).contains("ERROR", "Media download has failed");
    assertThat(expired.kind()).isEqualTo(Kind.PERMANENT);
    assertThat(expired.getMessage()).contains("EXPIRED");
    assertThat(instagram.published()).isEmpty();
  }

  @Test
  void anExhaustedQuotaWaitsWithoutCreatingAContainer() {
    instagram.quota(100, 100);

    var failure = catchThrowableOfType(PublishException.class,
        () -> channel(cards).publish(PlatformFixtures.post("instagram", PlatformFixtures.card())));

    assertThat(failure.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(failure.getMessage()).contains("100 of 100");
    assertThat(failure.retryAfter()).contains(Duration.ofHours(1));
    assertThat(instagram.requests("POST", "/v25.0/" + FakeInstagram.IG_USER_ID + "/media")).isEmpty();
  }

  @Test
  void theQuotaErrorAtPublishTimeIsRetryable() {
    instagram.answerNext("POST", "/media_publish", FakeGraph.graphError(400, 9, 2207042, "OAuthException", "Application request limit reached"));

    var failure = catchThrowableOfType(PublishException.class,
        () -> channel(cards).publish(PlatformFixtures.post("instagram", PlatformFixtures.card())));

    assertThat(failure.kind()).isEqualTo(Kind.RETRYABLE);
  }

  @Test
  void aLostPublishAnswerIsSettledByTheContainerStatusWithoutASecondPost() throws Exception {
    instagram.answerNext("POST", "/media_publish", new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

    var receipt = channel(cards).publish(PlatformFixtures.post("instagram", PlatformFixtures.card()));

    // NO_RESPONSE: the fake never saw the publish, so the container is FINISHED and is published once.
    assertThat(instagram.published()).hasSize(1);
    assertThat(receipt.platformId()).isEqualTo(instagram.published().get(0).mediaId());
  }

  @Test
  void aPublishThatWentOutButWasLostIsFoundByItsCaption() throws Exception {
    // The fake publishes, then holds its answer past the read timeout: the post exists, the answer is lost.
    var hold = instagram.hold(r -> r.path().contains("/media_publish"));

    var receipt = channel(cards).publish(PlatformFixtures.post("instagram", PlatformFixtures.card()));
    hold.release();

    assertThat(instagram.published()).hasSize(1);
    assertThat(instagram.requests("POST", "/v25.0/" + FakeInstagram.IG_USER_ID + "/media_publish")).hasSize(1);
    assertThat(receipt.platformId()).isEqualTo(instagram.published().get(0).mediaId());
    assertThat(receipt.url()).startsWith("https://www.instagram.com/p/");
  }

  @Test
  void aPngCardIsSentAsAJpeg() throws Exception {
    var image = new java.awt.image.BufferedImage(20, 20, java.awt.image.BufferedImage.TYPE_INT_ARGB);
    var png = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "png", png);

    channel(cards).publish(PlatformFixtures.post("instagram", new Card(png.toByteArray(), "image/png", 20, 20, "alt")));

    assertThat(instagram.published()).hasSize(1);
    assertThat(instagram.published().get(0).container().get("image_url")).endsWith(".jpg");
  }

  @Test
  void anUnreadableNonJpegCardFails() {
    var broken = new Card(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png", 1080, 1080, "alt");

    var failure = catchThrowableOfType(PublishException.class, () -> channel(cards).publish(PlatformFixtures.post("instagram", broken)));

    assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
    assertThat(failure.getMessage()).contains("JPEG");
  }

  @Test
  void malformedJsonAndServerErrorsAreRetried() {
    instagram.answerNext("POST", "/" + FakeInstagram.IG_USER_ID + "/media", FakeApi.jsonAnswer(200, "{\"id\":"),
        new MockResponse().setResponseCode(502));
    var channel = channel(cards);

    var garbled = catchThrowableOfType(PublishException.class, () -> channel.publish(PlatformFixtures.post("instagram", PlatformFixtures.card())));
    var down = catchThrowableOfType(PublishException.class, () -> channel.publish(PlatformFixtures.post("instagram", PlatformFixtures.card())));

    assertThat(garbled.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(down.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(instagram.published()).isEmpty();
  }

  @Test
  void anExpiredTokenPausesTheChannelAndIsNeverShown() {
    instagram.answerEveryRequestWith(FakeGraph.graphError(400, 190, 463, "OAuthException", "Session has expired " + TOKEN));

    var failure = catchThrowableOfType(PublishException.class, () -> channel(cards).verify());

    assertThat(failure.kind()).isEqualTo(Kind.AUTH);
    assertThat(failure.getMessage()).doesNotContain(TOKEN);
  }

  @Test
  void verifyNamesTheAccountAndItsQuota() throws Exception {
    instagram.quota(3, 100);

    assertThat(channel(cards).verify()).isEqualTo("@jaanojunction (Instagram " + FakeInstagram.IG_USER_ID + "), publishing quota used 3/100");
  }

  @Test
  void withoutPublicBaseUrlThePostNamesTheMissingKey() {
    var failure = catchThrowableOfType(PublishException.class,
        () -> channel(PublicCards.NONE).publish(PlatformFixtures.post("instagram", PlatformFixtures.card())));

    assertThat(failure.kind()).isEqualTo(Kind.CONFIG);
    assertThat(failure.getMessage()).contains("publicBaseUrl");
  }
}
