package dev.herald.channel;

import dev.herald.card.Card;

/**
 * Puts a card where a platform's servers can fetch it (Instagram and Threads take images only by
 * URL): {@code <publicBaseUrl>/cards/<unguessable-id>.jpg} on Herald's own HTTP server, for 48 hours.
 */
public interface PublicCards {

  /** The card's public URL. Throws CONFIG when Herald has no {@code publicBaseUrl}. */
  String publish(Card card) throws PublishException;

  /** For a Herald without {@code publicBaseUrl}: every publish names the missing key. */
  PublicCards NONE = card -> {
    throw new PublishException(PublishException.Kind.CONFIG,
        "publicBaseUrl is not set: this platform fetches the card from Herald's HTTP server");
  };
}
