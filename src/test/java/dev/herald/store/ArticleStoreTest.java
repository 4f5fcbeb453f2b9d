package dev.herald.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.herald.source.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@OnEveryEngine
class ArticleStoreTest extends StoreTestBase {


  @Test
  void everyFieldOfAHindiArticleSurvivesTheRoundTrip() throws IOException {
    var hindi = new Article(
        "https://www.jaanojunction.com/hindi/uttarakhand/nainital-jangal-aag",
        "https://www.jaanojunction.com/?p=48213",
        "hindi",
        "नैनीताल के जंगलों में भीषण आग, सेना तैनात",
        "उत्तराखंड में आग नैनीताल तक पहुँची; वायुसेना के हेलिकॉप्टर पानी डाल रहे हैं।",
        fixture("hindi-article-body.txt"),
        "https://www.jaanojunction.com/wp-content/uploads/2024/04/आग.jpg",
        Instant.parse("2024-04-27T09:15:30Z"),
        "उत्तराखंड",
        List.of("जंगल की आग", "नैनीताल", "Indian Army"),
        "जानो जंक्शन डेस्क",
        "hi");

    long id = store.articles().insertIfNew(hindi, T0).orElseThrow();
    StoredArticle stored = store.articles().find(id).orElseThrow();

    assertThat(stored.id()).isEqualTo(id);
    assertThat(stored.article()).isEqualTo(hindi);
    assertThat(stored.firstSeenAt()).isEqualTo(T0);
  }

  @Test
  void anArticleWithOnlyUrlAndTitleRoundTripsWithEmptyKeywords() {
    var bare = new Article("https://j.com/bare", null, "main", "Bare", null, null, null, null, null, null, null, null);

    long id = store.articles().insertIfNew(bare, T0).orElseThrow();

    assertThat(store.articles().find(id)).map(StoredArticle::article).contains(bare);
    assertThat(store.articles().find(id).orElseThrow().article().keywords()).isEmpty();
  }

  @Test
  void aKnownUrlIsNotInsertedAgainEvenFromAnotherSource() {
    store.articles().insertIfNew(article("https://j.com/story"), T0);

    var again = article("https://j.com/story").withSourceId("sitemap");

    assertThat(store.articles().insertIfNew(again, T0)).isEmpty();
    assertThat(store.articles().known("https://j.com/story", null, "anything")).isTrue();
  }

  @Test
  void aKnownGuidIsADuplicateOnlyWithinItsSource() {
    var first = withGuid("https://j.com/a", "guid-1", "main");
    store.articles().insertIfNew(first, T0);

    Optional<Long> sameSource = store.articles().insertIfNew(withGuid("https://j.com/a-updated", "guid-1", "main"), T0);
    Optional<Long> otherSource = store.articles().insertIfNew(withGuid("https://j.com/b", "guid-1", "hindi"), T0);

    assertThat(sameSource).isEmpty();
    assertThat(otherSource).isPresent();
    assertThat(store.articles().known("https://j.com/new", "guid-1", "main")).isTrue();
    assertThat(store.articles().known("https://j.com/new", "guid-1", "sports")).isFalse();
    assertThat(store.articles().known("https://j.com/new", null, "main")).isFalse();
  }

  @Test
  void aDuplicateInsideATransactionDoesNotSpoilTheRestOfIt() {
    store.articles().insertIfNew(article("https://j.com/old"), T0);

    long postId = db.inTransaction(c -> {
      // Bypass the pre-check the way a racing node would: straight into the unique constraint.
      assertThat(Jdbc.insertReturningId(c, """
          INSERT INTO article (url, source_id, title, first_seen_at) VALUES (?, ?, ?, ?)
          """, "https://j.com/old", "main", "dup", T0)).isEmpty();
      long article = store.articles().insertIfNew(c, article("https://j.com/new"), T0).orElseThrow();
      return store.posts().enqueue(c, new NewPost(article, "x-main", "t", null, null, null, 0, null), T0).orElseThrow();
    });

    assertThat(store.posts().find(postId)).isPresent();
    assertThat(store.articles().known("https://j.com/new", null, "main")).isTrue();
  }

  @Test
  void keywordsWithLineBreaksComeBackAsOneKeywordEach() {
    var article = new Article("https://j.com/k", null, "main", "K", null, null, null, null, null,
        List.of("Lok Sabha\nElections", "चुनाव"), null, null);

    long id = store.articles().insertIfNew(article, T0).orElseThrow();

    assertThat(store.articles().find(id).orElseThrow().article().keywords())
        .containsExactly("Lok Sabha Elections", "चुनाव");
  }

  @Test
  void anArticleWithoutUrlIsRefusedWithAClearError() {
    var noUrl = new Article(" ", null, "main", "T", null, null, null, null, null, null, null, null);

    assertThatThrownBy(() -> store.articles().insertIfNew(noUrl, T0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("url");
  }

  private static Article withGuid(String url, String guid, String sourceId) {
    return new Article(url, guid, sourceId, "T", null, null, null, null, null, null, null, null);
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = ArticleStoreTest.class.getResourceAsStream("/store/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
