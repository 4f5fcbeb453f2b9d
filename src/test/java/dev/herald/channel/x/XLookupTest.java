package dev.herald.channel.x;

import static dev.herald.channel.x.XFakes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.herald.channel.Channel;
import dev.herald.channel.Lookup;
import dev.herald.channel.PublishException;
import dev.herald.channel.PublishException.Kind;
import dev.herald.channel.Receipt;
import dev.herald.fake.OAuth1;
import dev.herald.fake.Recorded;
import java.util.Map;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code reconcile: true}: an in-doubt post looked up among the account's tweets by its expanded link. */
class XLookupTest {

  private MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private Channel channel(Map<String, String> extra) {
    return new XChannelProvider().create(config(server, extra), context());
  }

  private void assertSigned(RecordedRequest request) {
    var recorded = new Recorded(request.getMethod(), request.getPath(), request.getHeaders(), new byte[0], Map.of());
    String base = server.url("/").toString().replaceAll("/$", "");
    assertThat(OAuth1.valid(recorded, base, API_SECRET, ACCESS_SECRET)).as("OAuth 1.0a signature of %s", request.getPath()).isTrue();
  }

  @Test
  void aTweetCarryingThePostsExpandedLinkIsFoundWithItsUrl() throws Exception {
    server.enqueue(json(200, "users-me.json"));
    server.enqueue(json(200, "user-tweets.json"));

    Lookup found = channel(Map.of("reconcile", "true")).lookup(post("Monsoon reaches Kerala three days early", null), NOW);

    assertThat(found.outcome()).isEqualTo(Lookup.Outcome.FOUND);
    assertThat(found.receipt()).isEqualTo(new Receipt("1880028106020515841", "https://x.com/i/web/status/1880028106020515841"));
    var me = server.takeRequest();
    assertThat(me.getPath()).isEqualTo("/2/users/me");
    assertSigned(me);
    var tweets = server.takeRequest();
    assertThat(tweets.getMethod()).isEqualTo("GET");
    assertThat(tweets.getRequestUrl().encodedPath()).isEqualTo("/2/users/2244994945/tweets");
    assertThat(tweets.getRequestUrl().queryParameter("tweet.fields")).contains("entities");
    assertSigned(tweets);
  }

  @Test
  void aPostNotAmongTheTweetsStaysUnknownBecauseXCannotDeduplicateAResend() throws Exception {
    server.enqueue(json(200, "users-me.json"));
    server.enqueue(json(200, "user-tweets.json"));
    var other = new dev.herald.channel.OutgoingPost(8, "x-main", "Delhi air", "https://www.jaanojunction.com/delhi-air",
        "Delhi air", null, "en", null, "post-8");

    Lookup lookup = channel(Map.of("reconcile", "true")).lookup(other, NOW);

    assertThat(lookup.outcome()).isEqualTo(Lookup.Outcome.UNKNOWN);
    assertThat(lookup.detail()).contains("3 newest tweets");
  }

  @Test
  void withoutReconcileNothingIsReadAndThePostStaysUnknown() throws Exception {
    Lookup lookup = channel(Map.of()).lookup(post("Monsoon reaches Kerala three days early", null), NOW);

    assertThat(lookup.outcome()).isEqualTo(Lookup.Outcome.UNKNOWN);
    assertThat(lookup.detail()).contains("reconcile: true");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aRateLimitedReadIsRetryable() {
    server.enqueue(json(200, "users-me.json"));
    server.enqueue(json(429, "error-429-too-many.json").setHeader("x-rate-limit-reset", Long.toString(NOW.getEpochSecond() + 60)));

    var error = catchThrowableOfType(PublishException.class,
        () -> channel(Map.of("reconcile", "true")).lookup(post("Monsoon reaches Kerala three days early", null), NOW));

    assertThat(error.kind()).isEqualTo(Kind.RETRYABLE);
  }

  @Test
  void reconcileMustBeTrueOrFalse() {
    var error = catchThrowableOfType(IllegalArgumentException.class, () -> channel(Map.of("reconcile", "sometimes")));

    assertThat(error).hasMessageContaining("reconcile must be true or false");
  }
}
