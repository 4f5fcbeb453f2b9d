package dev.herald.cli;

import dev.herald.card.Card;
import dev.herald.channel.HttpClients;
import dev.herald.config.HeraldConfig;
import dev.herald.pipeline.Herald;
import dev.herald.pipeline.ServedCards;
import dev.herald.web.AdminServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import javax.imageio.ImageIO;
import okhttp3.Request;
import okhttp3.Response;

/**
 * For {@code check --live}: serves a test card and fetches it back through {@code publicBaseUrl},
 * the way Instagram and Threads will. When the admin port is taken (the daemon runs), the daemon
 * serves it from the shared store.
 */
final class CardReachability {

  private CardReachability() {}

  static boolean needed(HeraldConfig cfg) {
    return Herald.plans(cfg).values().stream().anyMatch(p -> p.provider().needsPublicCards());
  }

  /** "ok" or the reason it failed, one line. */
  static String check(HeraldConfig cfg) {
    if (cfg.publicBaseUrl() == null) return "publicBaseUrl is not set";
    try (Herald herald = Herald.start(cfg, Clock.systemUTC(), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))) {
      String url = new ServedCards(herald.store().publicCards(), cfg.publicBaseUrl(), Clock.systemUTC()).publish(testCard());
      AdminServer server = null;
      try {
        server = AdminServer.start(cfg, herald, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
      } catch (RuntimeException portTaken) {
        // The daemon holds the port and serves from the same store.
      }
      try (Response response = HttpClients.shared().newCall(new Request.Builder().url(url).build()).execute()) {
        String type = response.header("Content-Type", "");
        return response.isSuccessful() && type.startsWith("image/jpeg")
            ? "ok " + cfg.publicBaseUrl() + "/cards/ serves cards"
            : "a test card at " + cfg.publicBaseUrl() + "/cards/ answered " + response.code() + " " + type;
      } finally {
        if (server != null) server.close();
      }
    } catch (IOException | RuntimeException e) {
      return "a test card could not be fetched through " + cfg.publicBaseUrl() + ": " + e.getMessage();
    }
  }

  private static Card testCard() {
    var image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    var out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "jpg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Card(out.toByteArray(), "image/jpeg", 8, 8, "Herald test card");
  }
}
