package dev.herald.channel.threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.herald.channel.ChannelContext;
import dev.herald.channel.PublishException;
import dev.herald.channel.PublishException.Kind;
import dev.herald.channel.graph.ContainerWait;
import dev.herald.fake.FakeCardHost;
import dev.herald.fake.FakeGraph;
import dev.herald.fake.FakeThreads;
import dev.herald.fake.PlatformFixtures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

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

  ThreadsChannel channel() {
    var settings = Map.of("apiBaseUrl", threads.baseUrl(), "userId", FakeThreads.USER_ID, "accessToken", TOKEN);
    var context = PlatformFixtures.context(Clock.fixed(NOW, ZoneOffset.UTC));
    return (ThreadsChannel) new ThreadsProvider(new ContainerWait(3, Duration.ofSeconds(5), pauses::add)).create(
        PlatformFixtures.config("threads", "threads", settings),
        new ChannelContext(context.http(), context.clock(), null, cards));
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
  void theLongLivedTokenIsRefreshedWithItsNewExpiry() throws Exception {
    var refreshed = channel().token().refresh(TOKEN);

    assertThat(refreshed.accessToken()).isEqualTo(FakeThreads.REFRESHED_TOKEN);
    assertThat(refreshed.expiresAt()).isEqualTo(NOW.plusSeconds(5183944));
    var call = threads.requests("GET", "/refresh_access_token").get(0);
    assertThat(call.path()).contains("grant_type=th_refresh_token");
  }

  @Test
  void aRefreshWithABadTokenIsAnAuthProblemThatNeverShowsTheToken() {
    var failure = catchThrowableOfType(PublishException.class, () -> channel().token().refresh("THQWJ-wrong-SECRET-0000"));

    assertThat(failure.kind()).isEqualTo(Kind.AUTH);
    assertThat(failure.getMessage()).doesNotContain("THQWJ-wrong-SECRET-0000");
  }

  @Test
  void verifyNamesTheProfile() throws Exception {
    assertThat(channel().verify()).startsWith("@jaanojunction (Threads " + FakeThreads.USER_ID + ")");
  }
}
