package dev.herald.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.config.ChannelCatalog;
import dev.herald.config.ConfigLoader;
import dev.herald.config.HeraldConfig;
import dev.herald.fake.MutableClock;
import dev.herald.fake.PlatformFixtures;
import dev.herald.pipeline.Herald;
import dev.herald.pipeline.ServedCards;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cards for Instagram and Threads at {@code <publicBaseUrl>/cards/<id>.jpg}: open, unguessable, gone after 48 hours. */
class CardServingTest {

  @TempDir Path dir;
  final OkHttpClient http = new OkHttpClient();
  final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
  Herald herald;
  AdminServer admin;
  String publicBaseUrl;

  @BeforeEach
  void start() throws IOException {
    int port;
    try (var socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    publicBaseUrl = "http://127.0.0.1:" + port;
    String yaml = """
        outlet: {name: Jaano Junction}
        store: {url: "jdbc:h2:file:%s/herald"}
        admin: {port: %d, token: adm-token-SECRET}
        publicBaseUrl: %s
        channels:
          - {id: preview, type: preview, dir: %1$s/out}
        """.formatted(dir, port, publicBaseUrl);
    HeraldConfig config = ConfigLoader.parse(yaml, Map.of(), ChannelCatalog.installed()).config().orElseThrow();
    var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    herald = Herald.start(config, clock, registry);
    admin = AdminServer.start(config, herald, registry);
  }

  @AfterEach
  void stop() {
    admin.close();
    herald.close();
  }

  @Test
  void aServedCardIsFetchableWithoutATokenUntilItExpires() throws IOException {
    var card = PlatformFixtures.card();
    String url = new ServedCards(herald.store().publicCards(), publicBaseUrl, clock).publish(card);

    assertThat(url).matches("\\Q" + publicBaseUrl + "\\E/cards/[A-Za-z0-9_-]{43}\\.jpg");
    try (Response fresh = get(url)) {
      assertThat(fresh.code()).isEqualTo(200);
      assertThat(fresh.header("Content-Type")).startsWith("image/jpeg");
      assertThat(fresh.body().bytes()).isEqualTo(card.bytes());
    }
    clock.advance(Duration.ofHours(48).plusSeconds(1));
    try (Response expired = get(url)) {
      assertThat(expired.code()).isEqualTo(404);
    }
  }

  @Test
  void unknownAndMalformedIdsAreNotFound() throws IOException {
    try (Response guessed = get(publicBaseUrl + "/cards/" + "a".repeat(43) + ".jpg");
         Response traversal = get(publicBaseUrl + "/cards/..%2Fherald.mv.db")) {
      assertThat(guessed.code()).isEqualTo(404);
      assertThat(traversal.code()).isEqualTo(404);
    }
  }

  @Test
  void twoCardsNeverShareAnId() {
    var cards = new ServedCards(herald.store().publicCards(), publicBaseUrl, clock);

    assertThat(cards.publish(PlatformFixtures.card())).isNotEqualTo(cards.publish(PlatformFixtures.card()));
  }

  private Response get(String url) throws IOException {
    return http.newCall(new Request.Builder().url(url).build()).execute();
  }
}
