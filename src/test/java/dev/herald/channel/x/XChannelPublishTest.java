package dev.herald.channel.x;

import static dev.herald.channel.x.XFakes.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.channel.Channel;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class XChannelPublishTest {

  private static final ObjectMapper JSON = new ObjectMapper();
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

  @Test
  void postWithCardUploadsMediaSetsAltTextAndTweetsWithTheMediaId() throws Exception {
    server.enqueue(json(200, "media-uploaded-v2.json"));
    server.enqueue(json(200, "media-uploaded-v2.json"));
    server.enqueue(json(201, "tweet-created.json"));

    var receipt = channel(Map.of()).publish(post("Monsoon reaches Kerala three days early", card("मानसून केरल पहुंचा")));

    assertThat(receipt.platformId()).isEqualTo("1880028106020515841");
    assertThat(receipt.url()).isEqualTo("https://x.com/i/web/status/1880028106020515841");

    var upload = server.takeRequest();
    assertThat(upload.getMethod()).isEqualTo("POST");
    assertThat(upload.getPath()).isEqualTo("/2/media/upload");
    assertThat(upload.getHeader("Content-Type")).startsWith("multipart/form-data");
    var multipart = upload.getBody().readString(StandardCharsets.ISO_8859_1);
    assertThat(multipart).contains("name=\"media_category\"").contains("tweet_image")
        .contains("name=\"media\"; filename=\"card.jpg\"")
        .contains(new String(CARD_BYTES, StandardCharsets.ISO_8859_1));
    assertSigned(upload);

    var alt = server.takeRequest();
    assertThat(alt.getPath()).isEqualTo("/2/media/metadata");
    JsonNode altJson = JSON.readTree(alt.getBody().readUtf8());
    assertThat(altJson.at("/id").asText()).isEqualTo("1880028106020515840");
    assertThat(altJson.at("/metadata/alt_text/text").asText()).isEqualTo("मानसून केरल पहुंचा");
    assertSigned(alt);

    var tweet = server.takeRequest();
    assertThat(tweet.getMethod()).isEqualTo("POST");
    assertThat(tweet.getPath()).isEqualTo("/2/tweets");
    JsonNode tweetJson = JSON.readTree(tweet.getBody().readUtf8());
    assertThat(tweetJson.at("/text").asText()).isEqualTo("Monsoon reaches Kerala three days early");
    assertThat(tweetJson.at("/media/media_ids/0").asText()).isEqualTo("1880028106020515840");
    assertSigned(tweet);
  }

  @Test
  void postWithoutCardTweetsTextOnlyAndKeepsHindiIntact() throws Exception {
    server.enqueue(json(201, "tweet-created.json"));

    channel(Map.of()).publish(post("मानसून तीन दिन पहले केरल पहुंचा 🌧️", null));

    var tweet = server.takeRequest();
    assertThat(tweet.getPath()).isEqualTo("/2/tweets");
    JsonNode body = JSON.readTree(tweet.getBody().readUtf8());
    assertThat(body.at("/text").asText()).isEqualTo("मानसून तीन दिन पहले केरल पहुंचा 🌧️");
    assertThat(body.has("media")).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void legacyUploadGoesThroughTwitter4jAndV11MetadataCreate() throws Exception {
    server.enqueue(json(200, "media-uploaded-v1.1.json"));
    server.enqueue(new okhttp3.mockwebserver.MockResponse().setResponseCode(200));
    server.enqueue(json(201, "tweet-created.json"));

    channel(Map.of("mediaUpload", "v1.1")).publish(post("Monsoon", card("A rain-soaked Kochi street")));

    var upload = server.takeRequest();
    assertThat(upload.getPath()).isEqualTo("/1.1/media/upload.json");
    assertThat(upload.getBody().readString(StandardCharsets.ISO_8859_1))
        .contains("name=\"media\"").contains(new String(CARD_BYTES, StandardCharsets.ISO_8859_1));
    assertSigned(upload);

    var alt = server.takeRequest();
    assertThat(alt.getPath()).isEqualTo("/1.1/media/metadata/create.json");
    JsonNode altJson = JSON.readTree(alt.getBody().readUtf8());
    assertThat(altJson.at("/media_id").asText()).isEqualTo("710511363345354753");
    assertThat(altJson.at("/alt_text/text").asText()).isEqualTo("A rain-soaked Kochi street");
    assertSigned(alt);

    var tweet = JSON.readTree(server.takeRequest().getBody().readUtf8());
    assertThat(tweet.at("/media/media_ids/0").asText()).isEqualTo("710511363345354753");
  }

  @Test
  void threadOnRepliesWithTheContinuationToTheFirstTweet() throws Exception {
    server.enqueue(json(201, "tweet-created.json"));
    server.enqueue(json(201, "tweet-reply-created.json"));

    var receipt = channel(Map.of("thread", "true"))
        .publish(post("Monsoon reaches Kerala\n---\nMore: the IMD expects normal rainfall.", null));

    assertThat(receipt.platformId()).isEqualTo("1880028106020515841");
    var head = JSON.readTree(server.takeRequest().getBody().readUtf8());
    assertThat(head.at("/text").asText()).isEqualTo("Monsoon reaches Kerala");
    var reply = JSON.readTree(server.takeRequest().getBody().readUtf8());
    assertThat(reply.at("/text").asText()).isEqualTo("More: the IMD expects normal rainfall.");
    assertThat(reply.at("/reply/in_reply_to_tweet_id").asText()).isEqualTo("1880028106020515841");
  }

  @Test
  void threadOffPostsOnlyTheHeadOfTheText() throws Exception {
    server.enqueue(json(201, "tweet-created.json"));

    channel(Map.of()).publish(post("Monsoon reaches Kerala\n---\nMore: the IMD expects normal rainfall.", null));

    var head = JSON.readTree(server.takeRequest().getBody().readUtf8());
    assertThat(head.at("/text").asText()).isEqualTo("Monsoon reaches Kerala");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void failedThreadReplyStillReturnsTheHeadTweetSoARetryCannotDuplicateIt() throws Exception {
    server.enqueue(json(201, "tweet-created.json"));
    server.enqueue(json(503, "error-503-unavailable.json"));

    var receipt = channel(Map.of("thread", "true")).publish(post("Head\n---\nTail", null));

    assertThat(receipt.platformId()).isEqualTo("1880028106020515841");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void verifyNamesTheAccount() throws Exception {
    server.enqueue(json(200, "users-me.json"));

    assertThat(channel(Map.of()).verify()).isEqualTo("@jaanojunction (id 2244994945)");
    var request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/2/users/me");
    assertSigned(request);
  }

  private static void assertSigned(RecordedRequest request) throws Exception {
    var header = request.getHeader("Authorization");
    assertThat(header).startsWith("OAuth ");
    var oauth = OAuth1Verifier.parse(header);
    assertThat(oauth).containsKeys(OAuth1Verifier.requiredKeys().toArray(String[]::new));
    assertThat(oauth.get("oauth_consumer_key")).isEqualTo(API_KEY);
    assertThat(oauth.get("oauth_token")).isEqualTo(ACCESS_TOKEN);
    assertThat(oauth.get("oauth_signature_method")).isEqualTo("HMAC-SHA1");
    var expected = OAuth1Verifier.expectedSignature(request.getMethod(), request.getRequestUrl(), oauth, API_SECRET, ACCESS_SECRET);
    assertThat(oauth.get("oauth_signature")).as("signature recomputed over %s", request.getPath()).isEqualTo(expected);
  }
}
