package dev.herald.fake;

import dev.herald.card.Card;
import dev.herald.channel.PublicCards;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.MockResponse;
import okio.Buffer;

/** Stands in for Herald's own card serving in channel tests: every published card is fetchable at its URL. */
public final class FakeCardHost extends FakeApi implements PublicCards {

  private final Map<String, Card> cards = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();

  @Override
  public String publish(Card card) {
    String id = "card" + ids.incrementAndGet();
    cards.put(id, card);
    return baseUrl() + "/cards/" + id + ".jpg";
  }

  @Override
  protected MockResponse answer(Recorded r) {
    String id = r.path().replaceFirst("^/cards/", "").replaceFirst("\\.jpg$", "");
    Card card = cards.get(id);
    if (card == null) return new MockResponse().setResponseCode(404);
    return new MockResponse().setHeader("Content-Type", card.mime()).setBody(new Buffer().write(card.bytes()));
  }
}
