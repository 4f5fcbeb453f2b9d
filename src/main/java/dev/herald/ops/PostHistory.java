package dev.herald.ops;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.herald.config.Secrets;
import dev.herald.store.AuditEntry;
import dev.herald.store.Post;
import dev.herald.store.PostEvent;
import dev.herald.store.Store;
import dev.herald.store.WebUrls;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One post as the console shows it: its text, slot and state, and its whole history — every state it
 * entered (with the platform's answers) and every action a person took on it (who, before, after) —
 * oldest first.
 */
public record PostHistory(long id, String channel, String state, String text, String cardLayout, Instant notBefore,
    String articleUrl, String headline, String platformUrl, String reason, List<Entry> history) {

  /** {@code kind} is {@code state} (a transition) or {@code action} (a person's, with {@code actor}). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Entry(Instant at, String kind, String state, String message, String actor, String action,
      String before, String after) {}

  public static Optional<PostHistory> of(Store store, long postId) {
    Optional<Post> found = store.posts().find(postId);
    if (found.isEmpty()) return Optional.empty();
    Post post = found.get();
    var article = store.articles().find(post.articleId()).map(a -> a.article());
    var history = new ArrayList<Entry>();
    for (PostEvent e : store.posts().events(postId)) {
      history.add(new Entry(e.at(), "state", e.state().dbName(), Secrets.redact(e.message()), null, null, null, null));
    }
    for (AuditEntry a : store.audit().forPost(postId)) {
      history.add(new Entry(a.at(), "action", null, a.detail(), a.actor(), a.action(), a.before(), a.after()));
    }
    // An action and the state change it caused share a time: the action reads first.
    history.sort(Comparator.comparing(Entry::at).thenComparing(e -> e.kind().equals("action") ? 0 : 1));
    return Optional.of(new PostHistory(post.id(), post.channelId(), post.state().dbName(), post.text(), post.cardLayout(),
        post.notBefore(), article.map(a -> a.url()).orElse(null), article.map(a -> a.title()).orElse(null),
        WebUrls.isWeb(post.platformUrl()) ? post.platformUrl() : null, Secrets.redact(post.reason()), history));
  }
}
