package dev.herald.card;

import java.util.List;

/**
 * Draws and encodes a headline card. Thread-safe; called at compose time, possibly for several
 * layouts of one article at once. Never fails for odd input (no image, a 300-character or
 * Devanagari headline): it always returns a card that fits {@link CardRequest#maxBytes()}.
 */
public interface CardRenderer {

  Card render(CardRequest request);

  /** Every request's card, in order (one article's layouts); an implementation may render them in parallel. */
  default List<Card> renderAll(List<CardRequest> requests) {
    return requests.stream().map(this::render).toList();
  }
}
