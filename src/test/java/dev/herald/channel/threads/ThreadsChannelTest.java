package dev.herald.channel.threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.herald.channel.ChannelContext;
import dev.herald.channel.PublishException.Kind;
import dev.herald.channel.PublishException;
import dev.herald.channel.graph.ContainerWait;
import dev.herald.config.StoreSettings;
import dev.herald.fake.FakeCardHost;
import dev.herald.fake.FakeGraph;
import dev.herald.fake.FakeThreads;
import dev.herald.fake.PlatformFixtures;
import dev.herald.pipeline.Herald;
import dev.herald.store.Database;
import dev.herald.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThreadsChannelTest {

  static final String TOKEN = "THQWJ-threads-token-SECRET-7e8f";
  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  final FakeThreads threads = new FakeThreads(TOKEN);
  final FakeCardHost cards = new FakeCardHost();
  final List<Duration> pauses = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    threads.close();
    cards.close();
  }

  /** One context for the test, so its channels share their state as one process's do. */
  final ChannelContext context = new ChannelContext(PlatformFixtures.context(Clock.fixed(NOW, ZoneOffset.UTC)).http(),
      Clock.fixed(NOW, ZoneOffset.UTC), null, cards);

  ThreadsChannel channel() {
    var settings = Map.of("apiBaseUrl", threads.baseUrl(), "userId", FakeThreads.USER_ID, "accessToken", TOKEN);
    return (ThreadsChannel) new ThreadsProvider(new ContainerWait(3, Duration.ofSeconds(5), pauses::add)).create(
        PlatformFixtures.config("threads", "threads", settings), context);
  }

  @Test
  void aCardBecomesAnImageContainerFetchedFromItsPublicUrl() throws Exception {
    var receipt = channel().publish(PlatformFixtures.post("threads", PlatformFixtures.card()));

    var container = threads.published().get(0).container();
    assertThat(container).containsEntry("media_type", "IMAGE").containsKey("alt_text");
    assertThat(container.get("image_url")).startsWith(cards.baseUrl() + "/cards/");
    assertThat(container.get("text")).contains(PlatformFixtures.HINDI, PlatformFixtures.LINK);
    assertThat(threads.requests().get(0).path()).startsWith("/v1.0/" + FakeThreads.USER_ID + "/threads_publishing_limit");
    assertThat(receipt.url()).startsWith("https://www.threads.net/@jaanojunction/post/");
  }

  @Test
  void withoutACardTheLinkBecomesTheTextPostsPreview() throws Exception {
    channel().publish(PlatformFixtures.post("threads", null));

    assertThat(threads.published().get(0).container())
        .containsEntry("media_type", "TEXT").containsEntry("link_attachment", PlatformFixtures.LINK)
        .doesNotContainKey("image_url");
  }

  @Test
  void containerErrorsFailAndAnExhaustedQuotaWaits() {
    threads.nextStatuses("ERROR");
    var error = catchThrowableOfType(PublishException.class, () -> channel().publish(PlatformFixtures.post("threads", null)));
    threads.quota(250, 250);
    var quota = catchThrowableOfType(PublishException.class, () -> channel().publish(PlatformFixtures.post("threads", null)));

    assertThat(error.kind()).isEqualTo(Kind.PERMANENT);
    assertThat(error.getMessage()).contains("ERROR");
    assertThat(quota.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(quota.getMessage()).contains("250 of 250");
  }

  @Test
  void aRateLimitWaits() {
    threads.answerNext("POST", "/threads_publish", FakeGraph.graphError(400, 4, 0, "THApiException", "Application request limit reached"));

    var failure = catchThrowableOfType(PublishException.class, () -> channel().publish(PlatformFixtures.post("threads", null)));

    assertThat(failure.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(failure.retryAfter()).isPresent();
  }

  @Test
  void checkLiveRefreshesTheTokenKeepsItAndRecordsItsExpirySoStatusCanWarn() throws Exception {
    String verified = channel().verify();
    channel().publish(PlatformFixtures.post("threads", null));

    assertThat(verified).contains("token refreshed until " + NOW.plusSeconds(5183944));
    var call = threads.requests("GET", "/refresh_access_token").get(0);
    assertThat(call.path()).contains("grant_type=th_refresh_token");
    assertThat(context.state("threads").credentialExpiry()).contains(NOW.plusSeconds(5183944));
    assertThat(context.state("threads").get("accessToken")).contains(FakeThreads.REFRESHED_TOKEN);
    assertThat(threads.requests("POST", "/v1.0/" + FakeThreads.USER_ID + "/threads_publish").get(0).header("Authorization"))
        .isEqualTo("Bearer " + FakeThreads.REFRESHED_TOKEN);
  }

  @Test
  void theRefreshedTokenAndItsExpiryOutliveARestart(@TempDir Path dir) throws Exception {
    var store = new StoreSettings("jdbc:h2:file:" + dir.resolve("herald"), null, null, 2);
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    var settings = Map.of("apiBaseUrl", threads.baseUrl(), "userId", FakeThreads.USER_ID, "accessToken", TOKEN);
    var provider = new ThreadsProvider(new ContainerWait(3, Duration.ofSeconds(5), pauses::add));
    try (Database db = Database.open(store)) {
      provider.create(PlatformFixtures.config("threads", "threads", settings),
          new ChannelContext(context.http(), clock, null, Herald.states(new Store(db), clock), cards)).verify();
    }

    try (Database db = Database.open(store)) {
      var restarted = new ChannelContext(context.http(), clock, null, Herald.states(new Store(db), clock), cards);
      provider.create(PlatformFixtures.config("threads", "threads", settings), restarted)
          .publish(PlatformFixtures.post("threads", null));

      assertThat(restarted.state("threads").credentialExpiry()).contains(NOW.plusSeconds(5183944));
    }
    assertThat(threads.requests("POST", "/v1.0/" + FakeThreads.USER_ID + "/threads_publish").get(0).header("Authorization"))
        .isEqualTo("Bearer " + FakeThreads.REFRESHED_TOKEN);
  }

  @Test
  void aTokenNearItsExpiryIsRefreshedBeforeThePostAndAFarOneIsNot() throws Exception {
    context.state("threads").credentialExpiresAt(NOW.plus(Duration.ofDays(30)));
    channel().publish(PlatformFixtures.post("threads", null));
    assertThat(threads.requests("GET", "/refresh_access_token")).isEmpty();

    context.state("threads").credentialExpiresAt(NOW.plus(Duration.ofDays(3)));
    channel().publish(PlatformFixtures.post("threads", null));

    assertThat(threads.requests("GET", "/refresh_access_token")).hasSize(1);
    assertThat(context.state("threads").credentialExpiry()).contains(NOW.plusSeconds(5183944));
  }

  @Test
  void aNewTokenPastedIntoTheConfigWinsOverTheStoredRefreshedOne() throws Exception {
    channel().verify();
    var fresh = new ThreadsToken(HttpUrl.get(threads.baseUrl()), context.http(), context.clock(), context.state("threads"),
        "THQWJ-pasted-anew-SECRET");

    assertThat(fresh.current()).isEqualTo("THQWJ-pasted-anew-SECRET");
  }

  @Test
  void aRefreshWithABadTokenIsAnAuthProblemThatNeverShowsTheToken() {
    var token = new ThreadsToken(HttpUrl.get(threads.baseUrl()), context.http(), context.clock(), context.state("threads"), TOKEN);
    var failure = catchThrowableOfType(PublishException.class, () -> token.refresh("THQWJ-wrong-SECRET-0000"));

    assertThat(failure.kind()).isEqualTo(Kind.AUTH);
    assertThat(failure.getMessage()).doesNotContain("THQWJ-wrong-SECRET-0000");
  }

  @Test
  void verifyNamesTheProfile() throws Exception {
    assertThat(channel().verify()).startsWith("@jaanojunction (Threads " + FakeThreads.USER_ID + ")");
  }
}
