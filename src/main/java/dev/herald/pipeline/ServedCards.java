package dev.herald.pipeline;

import dev.herald.card.Card;
import dev.herald.channel.PublicCards;
import dev.herald.store.PublicCardStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Serves cards at {@code <publicBaseUrl>/cards/<id>.jpg} through Herald's HTTP server: the id is
 * 256 random bits, so a card cannot be found before it is posted, and it is gone after 48 hours.
 */
public final class ServedCards implements PublicCards {

  public static final Duration LIFETIME = Duration.ofHours(48);

  private final PublicCardStore store;
  private final String publicBaseUrl;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public ServedCards(PublicCardStore store, String publicBaseUrl, Clock clock) {
    this.store = store;
    this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    this.clock = clock;
  }

  @Override
  public String publish(Card card) {
    byte[] bits = new byte[32];
    random.nextBytes(bits);
    String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    Instant now = clock.instant();
    store.put(id, new PublicCardStore.Image(card.bytes(), card.mime()), now, now.plus(LIFETIME));
    return publicBaseUrl + "/cards/" + id + "." + card.extension();
  }

  /** The id in a served file name ("abc.jpg" → "abc"), or null when the name is not one Herald gives out. */
  public static String idOf(String fileName) {
    if (fileName == null || !fileName.matches("[A-Za-z0-9_-]{43}\\.(jpg|png)")) return null;
    return fileName.substring(0, 43);
  }
}
