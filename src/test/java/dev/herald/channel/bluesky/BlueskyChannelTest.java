package dev.herald.channel.bluesky;

import static dev.herald.channel.bluesky.FakePds.fixture;
import static dev.herald.channel.bluesky.FakePds.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.herald.card.Card;
import dev.herald.channel.Channel;
import dev.herald.channel.ChannelContext;
import dev.herald.channel.Lookup;
import dev.herald.channel.OutgoingPost;
import dev.herald.channel.PublishException;
import dev.herald.channel.PublishException.Kind;
import dev.herald.channel.Receipt;
import dev.herald.compose.ComposedPost;
import dev.herald.compose.EditorialPages;
import dev.herald.config.ChannelConfig;
import dev.herald.source.Article;
import java.nio.charset.StandardCharsets;
import dev.herald.config.StoreSettings;
import dev.herald.pipeline.Herald;
import dev.herald.store.Database;
import dev.herald.store.Store;
import java.nio.file.Path;
import dev.herald.config.HashtagSettings;
import dev.herald.config.QuietHours;
import dev.herald.config.Utm;
import dev.herald.store.PostKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlueskyChannelTest {

  private static final Instant NOW = Instant.parse("2026-11-27T21:00:00Z");
  private static final String TEXT = "संसद में बजट पेश 🇮🇳 #Budget2026 #बजट";

  private final MockWebServer server = new MockWebServer();
  private final FakePds pds = new FakePds();
  private Channel channel;

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(pds);
    server.start();
    channel = channel(FakePds.PASSWORD);
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private Channel channel(String password) {
    return channel(password, new ChannelContext(http(), Clock.fixed(NOW, ZoneOffset.UTC), null));
  }

  private static OkHttpClient http() {
    return new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(5)).build();
  }

  private Channel channel(String password, ChannelContext context) {
    var settings = Map.of("apiBaseUrl", server.url("/").toString(), "identifier", "jaanojunction.bsky.social", "appPassword", password);
    var config = new ChannelConfig("bluesky-main", "bluesky", true, null, null, Duration.ZERO, QuietHours.NONE, 0,
        Duration.ofHours(12), List.of(), Utm.OFF, new HashtagSettings(3, Map.of(), List.of()), settings);
    return new BlueskyProvider().create(config, context);
  }

  static final String RKEY = PostKeys.fresh(NOW).recordKey();

  static OutgoingPost post(Card card) {
    return new OutgoingPost(42, "bluesky-main", TEXT, "https://www.jaanojunction.com/budget-2026", "संसद में बजट पेश",
        "वित्त मंत्री ने आज बजट पेश किया", "hi", card, "0193c5a0-0000-7000-8000-000000000042", RKEY);
  }

  static Card smallCard() {
    return new Card(new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3}, "image/jpeg", 1200, 630, "Headline card");
  }

  @Test
  void aRestartGoesOnWithTheStoredSessionAndRefreshesItWithoutLoggingInAgain(@TempDir Path dir) throws Exception {
    var store = new StoreSettings("jdbc:h2:file:" + dir.resolve("herald"), null, null, 2);
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    try (Database db = Database.open(store)) {
      var before = channel(FakePds.PASSWORD, new ChannelContext(http(), clock, null, Herald.states(new Store(db), clock)));
      before.publish(post(smallCard()));
      before.close();
    }
    assertThat(pds.calls("com.atproto.server.createSession")).isEqualTo(1);
    pds.expireAccessToken();

    try (Database db = Database.open(store)) {
      var after = channel(FakePds.PASSWORD, new ChannelContext(http(), clock, null, Herald.states(new Store(db), clock)));
      after.publish(new OutgoingPost(43, "bluesky-main", TEXT, "https://www.jaanojunction.com/budget-2026-2", "संसद",
          "बजट", "hi", smallCard(), "herald-43-def", PostKeys.fresh(NOW).recordKey()));
    }

    assertThat(pds.calls("com.atproto.server.createSession")).as("a restart logs in again").isEqualTo(1);
    assertThat(pds.calls("com.atproto.server.refreshSession")).isEqualTo(1);
    assertThat(pds.calls("com.atproto.repo.createRecord")).isEqualTo(2);
  }

  @Test
  void publishesAPostRecordWithFacetsLinkCardAndThumb() throws Exception {
    Receipt receipt = channel.publish(post(smallCard()));

    String rkey = RKEY;
    assertThat(receipt).isEqualTo(new Receipt("at://" + FakePds.DID + "/app.bsky.feed.post/" + rkey,
        "https://bsky.app/profile/jaanojunction.bsky.social/post/" + rkey));
    var upload = pds.requests("com.atproto.repo.uploadBlob").get(0);
    assertThat(upload.getHeader("Content-Type")).isEqualTo("image/jpeg");
    assertThat(upload.getHeader("Authorization")).isEqualTo("Bearer access-1");
    var create = FakePds.body(pds.requests("com.atproto.repo.createRecord").get(0));
    assertThat(create.path("repo").asText()).isEqualTo(FakePds.DID);
    assertThat(create.path("collection").asText()).isEqualTo("app.bsky.feed.post");
    assertThat(create.path("rkey").asText()).isEqualTo(rkey);
    var record = create.path("record");
    assertThat(record.path("$type").asText()).isEqualTo("app.bsky.feed.post");
    assertThat(record.path("text").asText()).isEqualTo(TEXT);
    assertThat(record.path("createdAt").asText()).isEqualTo("2026-11-27T21:00:00.000Z");
    assertThat(record.path("langs").get(0).asText()).isEqualTo("hi");
    assertThat(record.path("facets")).hasSize(2);
    var external = record.path("embed").path("external");
    assertThat(record.path("embed").path("$type").asText()).isEqualTo("app.bsky.embed.external");
    assertThat(external.path("uri").asText()).isEqualTo("https://www.jaanojunction.com/budget-2026");
    assertThat(external.path("title").asText()).isEqualTo("संसद में बजट पेश");
    assertThat(external.path("description").asText()).isEqualTo("वित्त मंत्री ने आज बजट पेश किया");
    assertThat(external.path("thumb").path("ref").path("$link").asText()).startsWith("bafkrei");
    assertThat(external.path("thumb").path("size").asInt()).isEqualTo(5);
  }

  /** What the publisher hands the channel for a composed post (as pipeline.OutgoingPosts builds it). */
  private static OutgoingPost outgoing(Article article, ComposedPost composed, Card card) {
    return new OutgoingPost(7, "bluesky-main", composed.text(), composed.link(), article.title(), article.description(),
        article.language(), card, "0193c5a0-0000-7000-8000-000000000007", RKEY);
  }

  @Test
  void aRealPageGoesOutWithNoUrlInTheTextAndItsHeadlineOnlyInTheLinkCard() throws Exception {
    var article = EditorialPages.article(EditorialPages.BLINKEN);
    var composed = EditorialPages.compose(article, "bluesky");

    channel.publish(outgoing(article, composed, smallCard()));

    var record = FakePds.body(pds.requests("com.atproto.repo.createRecord").get(0)).path("record");
    String text = record.path("text").asText();
    assertThat(text).doesNotContain("http").doesNotContain("utm_").doesNotContain("jaanojunction.com")
        .doesNotContain(article.title())
        .startsWith("The United States has evidence of China's attempts to influence").contains("#AntonyBlinken");
    var external = record.path("embed").path("external");
    assertThat(external.path("uri").asText()).isEqualTo(composed.link()).contains("utm_source=bluesky");
    assertThat(external.path("title").asText()).isEqualTo(article.title());
    assertThat(record.path("facets")).allSatisfy(facet ->
        assertThat(facet.path("features").get(0).path("$type").asText()).isEqualTo("app.bsky.richtext.facet#tag"));
  }

  @Test
  void aTemplatesUrlShowsAShortFormWhoseLinkFacetTargetsTheTrackedUrl() throws Exception {
    var article = EditorialPages.article(EditorialPages.BLINKEN);
    var composed = EditorialPages.compose(article, "bluesky", "{{headline}}\n\n{{url}}", EditorialPages.TAGS, Map.of());

    channel.publish(outgoing(article, composed, smallCard()));

    var record = FakePds.body(pds.requests("com.atproto.repo.createRecord").get(0)).path("record");
    String text = record.path("text").asText();
    String shown = "jaanojunction.com/world/us-has-…"; // the page's canonical address, shortened
    assertThat(text).endsWith("\n\n" + shown).doesNotContain("http").doesNotContain("utm_");
    var link = record.path("facets").get(0);
    assertThat(link.path("features").get(0).path("$type").asText()).isEqualTo("app.bsky.richtext.facet#link");
    assertThat(link.path("features").get(0).path("uri").asText()).isEqualTo(composed.link()).contains("utm_source=bluesky");
    int start = text.getBytes(StandardCharsets.UTF_8).length - shown.getBytes(StandardCharsets.UTF_8).length;
    assertThat(link.path("index").path("byteStart").asInt()).isEqualTo(start);
    assertThat(link.path("index").path("byteEnd").asInt()).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void postWithoutLinkShowsTheCardAsAnImageWithAltText() throws Exception {
    var linkless = new OutgoingPost(7, "bluesky-main", "Breaking", null, "Breaking", null, "en", smallCard(), "k-7",
        PostKeys.fresh(NOW).recordKey());

    channel.publish(linkless);

    var embed = FakePds.body(pds.requests("com.atproto.repo.createRecord").get(0)).path("record").path("embed");
    assertThat(embed.path("$type").asText()).isEqualTo("app.bsky.embed.images");
    assertThat(embed.path("images").get(0).path("alt").asText()).isEqualTo("Headline card");
  }

  @Test
  void oneSessionServesManyPosts() throws Exception {
    channel.publish(post(null));
    channel.publish(new OutgoingPost(43, "bluesky-main", "दूसरी खबर", null, "दूसरी खबर", null, "hi", null, "herald-43-def",
        PostKeys.fresh(NOW).recordKey()));

    assertThat(pds.calls("com.atproto.server.createSession")).isEqualTo(1);
    assertThat(pds.calls("com.atproto.repo.createRecord")).isEqualTo(2);
  }

  @Test
  void expiredAccessTokenIsRefreshedAndTheCallRetriedOnce() throws Exception {
    channel.verify();
    pds.expireAccessToken();

    channel.publish(post(null));

    assertThat(pds.calls("com.atproto.server.refreshSession")).isEqualTo(1);
    assertThat(pds.calls("com.atproto.server.createSession")).isEqualTo(1);
    assertThat(pds.requests("com.atproto.server.refreshSession").get(0).getHeader("Authorization")).isEqualTo("Bearer refresh-1");
    var creates = pds.requests("com.atproto.repo.createRecord");
    assertThat(creates).hasSize(2);
    assertThat(creates.get(1).getHeader("Authorization")).isEqualTo("Bearer access-2");
  }

  @Test
  void refusedRefreshLogsInAgain() throws Exception {
    channel.verify();
    pds.expireAccessToken();
    pds.refreshWorks = false;

    channel.publish(post(null));

    assertThat(pds.calls("com.atproto.server.refreshSession")).isEqualTo(1);
    assertThat(pds.calls("com.atproto.server.createSession")).isEqualTo(2);
    assertThat(pds.calls("com.atproto.repo.createRecord")).isEqualTo(2);
  }

  @Test
  void stillUnauthorizedAfterOneRefreshIsAnAuthError() {
    var unauthorized = json(401, "{\"error\":\"AuthenticationRequired\",\"message\":\"Account has been taken down\"}");
    pds.override("com.atproto.repo.createRecord", unauthorized);
    pds.override("com.atproto.repo.createRecord", json(401, "{\"error\":\"AuthenticationRequired\",\"message\":\"Account has been taken down\"}"));

    var error = catchThrowableOfType(PublishException.class, () -> channel.publish(post(null)));

    assertThat(error.kind()).isEqualTo(Kind.AUTH);
    assertThat(error).hasMessageContaining("Account has been taken down");
    assertThat(pds.calls("com.atproto.server.refreshSession")).isEqualTo(1);
    assertThat(pds.calls("com.atproto.repo.createRecord")).isEqualTo(2);
  }

  @Test
  void wrongAppPasswordIsAnAuthErrorThatNeverShowsThePassword() {
    channel = channel("wrong-password-9876");

    var error = catchThrowableOfType(PublishException.class, () -> channel.publish(post(null)));

    assertThat(error.kind()).isEqualTo(Kind.AUTH);
    assertThat(error).hasMessageContaining("Invalid identifier or password").hasMessageNotContaining("wrong-password-9876");
  }

  @Test
  void invalidRequestIsPermanentWithTheServersWords() {
    pds.override("com.atproto.repo.createRecord", json(400, fixture("error-invalid-request.json")));

    var error = catchThrowableOfType(PublishException.class, () -> channel.publish(post(null)));

    assertThat(error.kind()).isEqualTo(Kind.PERMANENT);
    assertThat(error).hasMessageContaining("InvalidRequest").hasMessageContaining("longer than 300 graphemes");
  }

  @Test
  void rateLimitIsRetryableUntilTheResetEpochSecond() {
    pds.override("com.atproto.repo.createRecord", json(429, fixture("error-rate-limited.json"))
        .setHeader("ratelimit-limit", "5000").setHeader("ratelimit-remaining", "0")
        .setHeader("ratelimit-reset", String.valueOf(NOW.getEpochSecond() + 120)));

    var error = catchThrowableOfType(PublishException.class, () -> channel.publish(post(null)));

    assertThat(error.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(error.retryAfter()).contains(Duration.ofSeconds(120));
  }

  @Test
  void serverErrorIsRetryableWhenNoRecordWasMade() {
    pds.override("com.atproto.repo.createRecord", json(502, "<html>Bad Gateway</html>"));

    var error = catchThrowableOfType(PublishException.class, () -> channel.publish(post(null)));

    assertThat(error.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(pds.calls("com.atproto.repo.getRecord")).isEqualTo(1);
  }

  @Test
  void droppedConnectionIsRetryable() {
    pds.override("com.atproto.repo.createRecord", new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    pds.override("com.atproto.repo.createRecord", new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));

    assertThat(catchThrowableOfType(PublishException.class, () -> channel.publish(post(null))).kind()).isEqualTo(Kind.RETRYABLE);
  }

  @Test
  void malformedJsonIsRetryable() {
    pds.override("com.atproto.server.createSession", json(200, "{\"accessJwt\": "));

    var error = catchThrowableOfType(PublishException.class, () -> channel.publish(post(null)));

    assertThat(error.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(error).hasMessageContaining("malformed JSON");
  }

  @Test
  void resendAfterACrashReusesTheRecordKeyAndCountsTheExistingRecordAsPosted() throws Exception {
    Receipt first = channel.publish(post(null));

    Receipt again = channel(FakePds.PASSWORD).publish(post(null));

    assertThat(again).isEqualTo(first);
    var creates = pds.requests("com.atproto.repo.createRecord");
    assertThat(creates).hasSize(2);
    assertThat(FakePds.body(creates.get(1)).path("rkey")).isEqualTo(FakePds.body(creates.get(0)).path("rkey"));
    assertThat(pds.calls("com.atproto.repo.getRecord")).isEqualTo(1);
  }

  @Test
  void oversizedCardIsReencodedUnderTheBlobLimitBeforeUpload() throws Exception {
    Card big = BlobShrinkerTest.noisePng(1400, 800);
    assertThat(big.bytes().length).isGreaterThan(1_000_000);

    channel.publish(post(big));

    var upload = pds.requests("com.atproto.repo.uploadBlob").get(0);
    assertThat(upload.getBodySize()).isBetween(1L, 1_000_000L);
    assertThat(upload.getHeader("Content-Type")).isEqualTo("image/jpeg");
  }

  @Test
  void verifyNamesTheHandleAndDid() throws Exception {
    assertThat(channel.verify()).isEqualTo("@jaanojunction.bsky.social (" + FakePds.DID + ")");
    assertThat(channel.idempotent()).isTrue();
  }

  @Test
  void loginThatNeedsATwoFactorCodeIsAnAuthError() {
    pds.override("com.atproto.server.createSession", json(400, "{\"error\":\"AuthFactorTokenRequired\",\"message\":\"A sign in code has been sent to your email address\"}"));

    var error = catchThrowableOfType(PublishException.class, () -> channel.verify());

    assertThat(error.kind()).isEqualTo(Kind.AUTH);
    assertThat(error).hasMessageContaining("AuthFactorTokenRequired");
  }

  @Test
  void newerPdsesThatNameTheConflictAreAnsweredTheSameWay() throws Exception {
    Receipt first = channel.publish(post(null));
    pds.override("com.atproto.repo.createRecord", json(400, "{\"error\":\"RecordAlreadyExists\",\"message\":\"Record already exists\"}"));

    assertThat(channel.publish(post(null))).isEqualTo(first);
  }

  @Test
  void aConflictWithNoRecordBehindItIsNotMistakenForSuccess() {
    pds.override("com.atproto.repo.createRecord", json(409, "{\"error\":\"RecordAlreadyExists\",\"message\":\"Record already exists\"}"));

    var error = catchThrowableOfType(PublishException.class, () -> channel.publish(post(null)));

    assertThat(error.kind()).isEqualTo(Kind.PERMANENT);
    assertThat(pds.calls("com.atproto.repo.getRecord")).isEqualTo(1);
  }

  @Test
  void aRecordKeyTakenByAnotherPostFailsLoudlyNamingIt() {
    pds.recordExists(RKEY, "An older story from another Herald on this account");

    var error = catchThrowableOfType(PublishException.class, () -> channel.publish(post(null)));

    assertThat(error.kind()).isEqualTo(Kind.PERMANENT);
    assertThat(error).hasMessageContaining("https://bsky.app/profile/jaanojunction.bsky.social/post/" + RKEY)
        .hasMessageContaining("An older story");
  }

  @Test
  void aPostWithoutAStoredRecordKeyIsRefusedRatherThanGivenAMadeUpOne() {
    var keyless = new OutgoingPost(8, "bluesky-main", "Breaking", null, "Breaking", null, "en", null, "k-8");

    var error = catchThrowableOfType(PublishException.class, () -> channel.publish(keyless));

    assertThat(error.kind()).isEqualTo(Kind.PERMANENT);
    assertThat(pds.calls("com.atproto.repo.createRecord")).isZero();
  }

  @Test
  void lookupFindsThePostsRecordByItsKey() throws Exception {
    Receipt sent = channel.publish(post(null));

    Lookup found = channel(FakePds.PASSWORD).lookup(post(null), NOW);

    assertThat(found.outcome()).isEqualTo(Lookup.Outcome.FOUND);
    assertThat(found.receipt()).isEqualTo(sent);
    assertThat(found.detail()).contains("https://bsky.app/profile/jaanojunction.bsky.social/post/" + RKEY);
    assertThat(pds.requests("com.atproto.repo.getRecord").get(0).getRequestUrl().queryParameter("rkey")).isEqualTo(RKEY);
  }

  @Test
  void lookupOfAKeyNobodyUsedIsAbsent() throws Exception {
    Lookup absent = channel.lookup(post(null), NOW);

    assertThat(absent.outcome()).isEqualTo(Lookup.Outcome.ABSENT);
    assertThat(absent.detail()).contains(RKEY);
  }

  @Test
  void lookupOfAKeyHoldingAnotherPostCannotTell() throws Exception {
    pds.recordExists(RKEY, "Someone else's story");

    assertThat(channel.lookup(post(null), NOW).outcome()).isEqualTo(Lookup.Outcome.UNKNOWN);
  }

  @Test
  void lookupThatTheServerCannotAnswerThrowsRetryable() {
    pds.override("com.atproto.repo.getRecord", json(502, "<html>Bad Gateway</html>"));

    var error = catchThrowableOfType(PublishException.class, () -> channel.lookup(post(null), NOW));

    assertThat(error.kind()).isEqualTo(Kind.RETRYABLE);
  }
}
