package dev.herald.channel.instagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.herald.channel.Channel;
import dev.herald.channel.ChannelContext;
import dev.herald.channel.Lookup;
import dev.herald.channel.PublishException;
import dev.herald.channel.PublishException.Kind;
import dev.herald.channel.graph.ContainerWait;
import dev.herald.config.StoreSettings;
import dev.herald.fake.FakeCardHost;
import dev.herald.fake.FakeInstagram;
import dev.herald.fake.PlatformFixtures;
import dev.herald.pipeline.Herald;
import dev.herald.store.Database;
import dev.herald.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The container of a post outlives the process: kept in the store before it is published, settled after a restart. */
class InstagramRestartTest {

  static final String TOKEN = "IGQ-instagram-token-SECRET-3c4d";
  static final Instant FIRST_SENT = Instant.parse("2026-12-01T10:00:00Z");

  final FakeInstagram instagram = new FakeInstagram(TOKEN);
  final FakeCardHost cards = new FakeCardHost();

  @TempDir
  Path dir;

  @AfterEach
  void stop() throws Exception {
    instagram.close();
    cards.close();
  }

  /** Opens the store anew (as a restarted Herald does) and builds the channel on it. */
  private <T> T withChannel(ChannelAction<T> action) throws Exception {
    var store = new StoreSettings("jdbc:h2:file:" + dir.resolve("herald"), null, null, 2);
    Clock clock = Clock.systemUTC();
    try (Database db = Database.open(store)) {
      var context = PlatformFixtures.context(clock);
      var settings = Map.of("apiBaseUrl", instagram.baseUrl(), "igUserId", FakeInstagram.IG_USER_ID, "accessToken", TOKEN);
      Channel channel = new InstagramProvider(new ContainerWait(2, Duration.ofSeconds(5), d -> {})).create(
          PlatformFixtures.config("instagram", "instagram", settings),
          new ChannelContext(context.http(), clock, null, Herald.states(new Store(db), clock), cards));
      return action.run(channel);
    }
  }

  private interface ChannelAction<T> {
    T run(Channel channel) throws Exception;
  }

  @Test
  void aContainerCreatedBeforeACrashIsReusedAfterTheRestartAndPublishedOnce() throws Exception {
    instagram.nextStatuses("IN_PROGRESS", "IN_PROGRESS");
    var post = PlatformFixtures.post("instagram", PlatformFixtures.card());
    var stillProcessing = catchThrowableOfType(PublishException.class, () -> withChannel(c -> c.publish(post)));
    assertThat(stillProcessing.kind()).isEqualTo(Kind.RETRYABLE);

    Lookup lookup = withChannel(c -> c.lookup(post, FIRST_SENT));
    var receipt = withChannel(c -> c.publish(post));

    assertThat(lookup.outcome()).isEqualTo(Lookup.Outcome.ABSENT);
    assertThat(lookup.detail()).contains("FINISHED");
    assertThat(instagram.requests("POST", "/v25.0/" + FakeInstagram.IG_USER_ID + "/media"))
        .filteredOn(r -> !r.path().contains("media_publish")).as("one container, reused").hasSize(1);
    assertThat(instagram.published()).hasSize(1);
    assertThat(receipt.platformId()).isEqualTo(instagram.published().get(0).mediaId());
  }

  @Test
  void aPublishWhoseAnswerWasLostIsFoundAfterTheRestartWithItsPermalinkAndNotSentAgain() throws Exception {
    // The publish never reaches Instagram (NO_RESPONSE), and the status read right after lags (IN_PROGRESS).
    instagram.nextStatuses("FINISHED", "IN_PROGRESS");
    instagram.answerNext("POST", "/media_publish", new okhttp3.mockwebserver.MockResponse()
        .setSocketPolicy(okhttp3.mockwebserver.SocketPolicy.NO_RESPONSE));
    var post = PlatformFixtures.post("instagram", PlatformFixtures.card());
    var lost = catchThrowableOfType(PublishException.class, () -> withChannel(c -> c.publish(post)));
    assertThat(lost.kind()).isEqualTo(Kind.IN_DOUBT);
    assertThat(instagram.published()).as("NO_RESPONSE: the fake never saw that publish").isEmpty();

    Lookup absent = withChannel(c -> c.lookup(post, FIRST_SENT));
    var receipt = withChannel(c -> c.publish(post));
    Lookup found = withChannel(c -> c.lookup(post, FIRST_SENT));
    var again = withChannel(c -> c.publish(post));

    assertThat(absent.outcome()).isEqualTo(Lookup.Outcome.ABSENT);
    assertThat(found.outcome()).isEqualTo(Lookup.Outcome.FOUND);
    assertThat(found.receipt().url()).startsWith("https://www.instagram.com/p/");
    assertThat(found.receipt().platformId()).isEqualTo(receipt.platformId());
    assertThat(again.platformId()).isEqualTo(receipt.platformId());
    assertThat(instagram.published()).hasSize(1);
  }

  @Test
  void aPostThatWentOutJustBeforeTheCrashIsFoundByItsCaptionAfterTheRestart() throws Exception {
    // The fake publishes but holds its answer past the client's read timeout, and the status read right after
    // still lags (IN_PROGRESS): the post is out, Herald only knows the stored container.
    var hold = instagram.hold(r -> r.path().contains("/media_publish"));
    instagram.nextStatuses("FINISHED", "IN_PROGRESS");
    var post = PlatformFixtures.post("instagram", PlatformFixtures.card());
    PublishException lost;
    try {
      lost = catchThrowableOfType(PublishException.class, () -> withChannel(c -> c.publish(post)));
    } finally {
      hold.release();
    }
    assertThat(lost.kind()).isEqualTo(Kind.IN_DOUBT);

    Lookup found = withChannel(c -> c.lookup(post, FIRST_SENT));

    assertThat(instagram.published()).hasSize(1);
    assertThat(found.outcome()).isEqualTo(Lookup.Outcome.FOUND);
    assertThat(found.receipt().platformId()).isEqualTo(instagram.published().get(0).mediaId());
    assertThat(found.receipt().url()).startsWith("https://www.instagram.com/p/");
    assertThat(withChannel(Channel::idempotent)).isTrue();
  }

  @Test
  void aPostWithoutAStoredContainerWasNeverPublished() throws Exception {
    var post = PlatformFixtures.post("instagram", PlatformFixtures.card());

    assertThat(withChannel(c -> c.lookup(post, FIRST_SENT)).outcome()).isEqualTo(Lookup.Outcome.ABSENT);
  }
}
