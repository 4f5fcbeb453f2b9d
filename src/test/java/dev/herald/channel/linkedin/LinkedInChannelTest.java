package dev.herald.channel.linkedin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.herald.channel.Channel;
import dev.herald.channel.PublishException;
import dev.herald.channel.PublishException.Kind;
import dev.herald.fake.FakeApi;
import dev.herald.fake.FakeLinkedIn;
import dev.herald.fake.FakeX;
import dev.herald.fake.PlatformFixtures;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkedInChannelTest {

  static final String TOKEN = "AQV-linkedin-token-SECRET-9z8y";

  final FakeLinkedIn linkedin = new FakeLinkedIn(TOKEN);

  @AfterEach
  void stop() throws Exception {
    linkedin.close();
  }

  Channel channel(Map<String, String> extra) {
    var settings = new HashMap<>(Map.of("apiBaseUrl", linkedin.baseUrl(), "organizationId", FakeLinkedIn.ORGANIZATION_ID,
        "accessToken", TOKEN, "version", "202511"));
    settings.putAll(extra);
    return new LinkedInProvider().create(PlatformFixtures.config("linkedin", "linkedin", settings),
        PlatformFixtures.context(Clock.systemUTC()));
  }

  @Test
  void uploadsTheCardThenPostsAsTheOrganizationWithTheImage() throws Exception {
    var receipt = channel(Map.of()).publish(PlatformFixtures.post("linkedin", PlatformFixtures.card()));

    var init = linkedin.requests("POST", "/rest/images").get(0);
    assertThat(init.path()).isEqualTo("/rest/images?action=initializeUpload");
    assertThat(init.header("LinkedIn-Version")).isEqualTo("202511");
    assertThat(init.header("X-Restli-Protocol-Version")).isEqualTo("2.0.0");
    var put = linkedin.requests("PUT", "/dms-uploads/").get(0);
    assertThat(put.body()).isEqualTo(PlatformFixtures.card().bytes());
    var post = linkedin.posts().get(0);
    assertThat(post.path("author").asText()).isEqualTo("urn:li:organization:" + FakeLinkedIn.ORGANIZATION_ID);
    assertThat(post.path("commentary").asText()).contains(PlatformFixtures.HINDI);
    assertThat(post.path("content").path("media").path("id").asText()).startsWith("urn:li:image:");
    assertThat(post.path("content").path("media").path("altText").asText()).contains("संसद");
    assertThat(receipt.platformId()).startsWith("urn:li:share:");
    assertThat(receipt.url()).isEqualTo("https://www.linkedin.com/feed/update/" + receipt.platformId());
  }

  @Test
  void aPostWithoutCardHasNoMedia() throws Exception {
    channel(Map.of()).publish(PlatformFixtures.post("linkedin", null));

    assertThat(linkedin.requests("POST", "/rest/images")).isEmpty();
    assertThat(linkedin.posts().get(0).has("content")).isFalse();
  }

  @ParameterizedTest(name = "{0} {1} is {2}")
  @CsvSource({
      "401, EXPIRED_ACCESS_TOKEN, AUTH", "403, ACCESS_DENIED, AUTH", "426, NONEXISTENT_VERSION, CONFIG",
      "429, TOO_MANY_REQUESTS, RETRYABLE", "500, INTERNAL_SERVER_ERROR, RETRYABLE", "503, SERVICE_UNAVAILABLE, RETRYABLE",
      "422, DUPLICATE_POST, PERMANENT", "400, INVALID_CONTENT, PERMANENT"})
  void errorsAreClassified(int status, String code, Kind kind) {
    linkedin.answerNext("POST", "/rest/posts", FakeLinkedIn.error(status, code, "refused for " + TOKEN));

    var failure = catchThrowableOfType(PublishException.class, () -> channel(Map.of()).publish(PlatformFixtures.post("linkedin", null)));

    assertThat(failure.kind()).isEqualTo(kind);
    assertThat(failure.getMessage()).contains(String.valueOf(status)).doesNotContain(TOKEN);
  }

  @Test
  void aLostOrUnreadableAnswerToThePostIsInDoubt() {
    linkedin.answerNext("POST", "/rest/posts", new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE),
        FakeApi.jsonAnswer(201, "{not json"));
    var channel = channel(Map.of());

    var lost = catchThrowableOfType(PublishException.class, () -> channel.publish(PlatformFixtures.post("linkedin", null)));
    var noUrn = catchThrowableOfType(PublishException.class, () -> channel.publish(PlatformFixtures.post("linkedin", null)));

    assertThat(lost.kind()).isEqualTo(Kind.IN_DOUBT);
    assertThat(noUrn.kind()).isEqualTo(Kind.IN_DOUBT);
  }

  @Test
  void verifyWarnsThatARetiredVersionMustBeChanged() {
    var failure = catchThrowableOfType(PublishException.class, () -> channel(Map.of("version", "202301")).verify());

    assertThat(failure.kind()).isEqualTo(Kind.CONFIG);
    assertThat(failure.getMessage()).contains("426", "NONEXISTENT_VERSION", "retired");
  }

  @Test
  void verifyNamesTheOrganization() throws Exception {
    assertThat(channel(Map.of()).verify()).isEqualTo("Jaano Junction (LinkedIn organization " + FakeLinkedIn.ORGANIZATION_ID + ")");
  }

  @Test
  void badSettingsNameTheirKey() {
    assertThatThrownBy(() -> channel(Map.of("version", "2025-11"))).hasMessageContaining("version");
    assertThatThrownBy(() -> channel(Map.of("version", "202513"))).hasMessageContaining("version must be a LinkedIn-Version like 202511");
    assertThatThrownBy(() -> channel(Map.of("apiBaseUrl", "api.linkedin.com"))).hasMessageContaining("apiBaseUrl must be an http(s) URL");
    assertThatThrownBy(() -> channel(Map.of("organizationId", "urn:li:organization:1"))).hasMessageContaining("organizationId");
  }
}
