package dev.herald.channel.facebook;

import static dev.herald.fake.FakeGraph.graphError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.herald.channel.Channel;
import dev.herald.channel.PublishException;
import dev.herald.channel.PublishException.Kind;
import dev.herald.fake.FakeApi;
import dev.herald.fake.FakeFacebook;
import dev.herald.fake.PlatformFixtures;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FacebookChannelTest {

  static final String TOKEN = "EAAG-fb-page-token-SECRET-1a2b";

  final FakeFacebook facebook = new FakeFacebook(TOKEN);

  @AfterEach
  void stop() throws Exception {
    facebook.close();
  }

  Channel channel(Map<String, String> extra) {
    var settings = new HashMap<>(Map.of("apiBaseUrl", facebook.baseUrl(), "pageId", FakeFacebook.PAGE_ID, "accessToken", TOKEN));
    settings.putAll(extra);
    return new FacebookProvider().create(PlatformFixtures.config("facebook-page", "facebook", settings),
        PlatformFixtures.context(Clock.systemUTC()));
  }

  @Test
  void photoPostUploadsTheCardWithTheCaptionAndNamesThePagePost() throws Exception {
    var receipt = channel(Map.of()).publish(PlatformFixtures.post("facebook-page", PlatformFixtures.card()));

    var photo = facebook.photoPosts().get(0);
    assertThat(photo.path()).isEqualTo("/v25.0/" + FakeFacebook.PAGE_ID + "/photos");
    assertThat(photo.fields().get("source")).startsWith("\u00FF\u00D8");
    assertThat(photo.fields().get("message")).contains(PlatformFixtures.HINDI, PlatformFixtures.LINK);
    assertThat(photo.header("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(photo.path()).doesNotContain(TOKEN);
    assertThat(receipt.platformId()).startsWith(FakeFacebook.PAGE_ID + "_");
    assertThat(receipt.url()).isEqualTo("https://www.facebook.com/" + FakeFacebook.PAGE_ID + "/posts/"
        + receipt.platformId().substring(receipt.platformId().indexOf('_') + 1));
  }

  @Test
  void linkPostSendsMessageAndLinkToTheFeed() throws Exception {
    var receipt = channel(Map.of("postAs", "link")).publish(PlatformFixtures.post("facebook-page", PlatformFixtures.card()));

    var feed = facebook.requests("POST", "/v25.0/" + FakeFacebook.PAGE_ID + "/feed").get(0);
    assertThat(feed.fields()).containsEntry("link", PlatformFixtures.LINK);
    assertThat(feed.fields().get("message")).startsWith(PlatformFixtures.HINDI);
    assertThat(facebook.photoPosts()).isEmpty();
    assertThat(receipt.url()).startsWith("https://www.facebook.com/" + FakeFacebook.PAGE_ID + "/posts/");
  }

  @Test
  void aPostWithoutCardBecomesALinkPostEvenWhenPhotosAreWanted() throws Exception {
    channel(Map.of()).publish(PlatformFixtures.post("facebook-page", null));

    assertThat(facebook.requests("POST", "/v25.0/" + FakeFacebook.PAGE_ID + "/feed")).hasSize(1);
  }

  @ParameterizedTest(name = "Graph error {0} is {2}")
  @CsvSource({
      "4, 0, RETRYABLE", "17, 0, RETRYABLE", "32, 0, RETRYABLE", "613, 0, RETRYABLE", "80001, 0, RETRYABLE",
      "190, 463, AUTH", "200, 0, AUTH", "368, 0, PERMANENT", "100, 0, PERMANENT", "506, 0, PERMANENT", "2, 0, RETRYABLE"})
  void graphErrorCodesAreClassified(int code, int subcode, Kind kind) {
    facebook.answerNext("POST", "/photos", graphError(400, code, subcode, "OAuthException", "error " + code + " for " + TOKEN));

    var failure = catchThrowableOfType(PublishException.class,
        () -> channel(Map.of()).publish(PlatformFixtures.post("facebook-page", PlatformFixtures.card())));

    assertThat(failure.kind()).isEqualTo(kind);
    assertThat(failure.getMessage()).contains("error " + code).doesNotContain(TOKEN);
    if (kind == Kind.RETRYABLE && code != 2) assertThat(failure.retryAfter()).contains(Duration.ofMinutes(15));
  }

  @Test
  void aWrongTokenPausesTheChannel() {
    var wrong = new FacebookProvider().create(PlatformFixtures.config("facebook-page", "facebook", Map.of(
        "apiBaseUrl", facebook.baseUrl(), "pageId", FakeFacebook.PAGE_ID, "accessToken", "EAAG-expired-token-SECRET")),
        PlatformFixtures.context(Clock.systemUTC()));

    var failure = catchThrowableOfType(PublishException.class, wrong::verify);

    assertThat(failure.kind()).isEqualTo(Kind.AUTH);
    assertThat(failure.getMessage()).contains("190").doesNotContain("EAAG-expired-token-SECRET");
  }

  @Test
  void serverErrorsAndThrottlingAreRetried() {
    facebook.answerNext("POST", "/feed", new MockResponse().setResponseCode(503).setBody("<html>down</html>"),
        FakeApi.jsonAnswer(429, "{}"));
    var channel = channel(Map.of("postAs", "link"));

    var first = catchThrowableOfType(PublishException.class, () -> channel.publish(PlatformFixtures.post("facebook-page", null)));
    var second = catchThrowableOfType(PublishException.class, () -> channel.publish(PlatformFixtures.post("facebook-page", null)));

    assertThat(first.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(second.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(second.retryAfter()).isPresent();
  }

  @Test
  void aGarbledOrLostAnswerToAPostIsInDoubt() {
    facebook.answerNext("POST", "/feed", FakeApi.jsonAnswer(200, "{\"id\": \"123_"),
        new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    var channel = channel(Map.of("postAs", "link"));

    var garbled = catchThrowableOfType(PublishException.class, () -> channel.publish(PlatformFixtures.post("facebook-page", null)));
    var lost = catchThrowableOfType(PublishException.class, () -> channel.publish(PlatformFixtures.post("facebook-page", null)));

    assertThat(garbled.kind()).isEqualTo(Kind.IN_DOUBT);
    assertThat(lost.kind()).isEqualTo(Kind.IN_DOUBT);
  }

  @Test
  void verifyNamesThePage() throws Exception {
    assertThat(channel(Map.of()).verify()).isEqualTo("Jaano Junction (Facebook Page " + FakeFacebook.PAGE_ID + ")");
  }

  @Test
  void badSettingsNameTheirKey() {
    assertThatThrownBy(() -> channel(Map.of("postAs", "video"))).hasMessageContaining("postAs");
    assertThatThrownBy(() -> channel(Map.of("pageId", "jaanojunction"))).hasMessageContaining("pageId");
    assertThatThrownBy(() -> channel(Map.of("apiVersion", "25"))).hasMessageContaining("apiVersion");
  }
}
