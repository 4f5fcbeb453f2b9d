package dev.herald.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.store.Post;
import dev.herald.store.Store;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The shared shape of retry/skip/resolve: find the post, try the transition, say what happened. */
final class PostVerbs {

  private PostVerbs() {}

  /** {@code action} returns the success message, or null when the post's state does not allow it. */
  static int apply(Store store, long id, PrintWriter out, PrintWriter err, String rule, Function<Post, String> action) {
    var post = store.posts().find(id);
    if (post.isEmpty()) return noSuchPost(id, err);
    String done = action.apply(post.get());
    if (done == null) return notAllowed(id, post.get().state().name().toLowerCase(Locale.ROOT), rule, err);
    out.println(done);
    return Main.OK;
  }

  /**
   * The same through a running daemon: {@code POST /api/posts/{id}/{verb}}; {@code done} turns its
   * answer (id, result, channel) into the success message.
   */
  static int apply(DaemonClient daemon, long id, String verb, Map<String, String> query, PrintWriter out, PrintWriter err,
      String rule, Function<JsonNode, String> done) throws DaemonClient.Unreachable {
    DaemonClient.Reply reply = daemon.post("/api/posts/" + id + "/" + verb, query);
    return switch (reply.code()) {
      case 200 -> {
        out.println(done.apply(reply.json()));
        yield Main.OK;
      }
      case 404 -> noSuchPost(id, err);
      case 409 -> notAllowed(id, reply.json().path("state").asText(), rule, err);
      default -> {
        err.println("herald: the running daemon answered " + reply.code() + ": "
            + reply.json().path("title").asText(reply.json().path("error").asText()));
        yield Main.POST_FAILED;
      }
    };
  }

  private static int noSuchPost(long id, PrintWriter err) {
    err.println("herald: there is no post #" + id + " (see `herald status`)");
    return Main.POST_FAILED;
  }

  private static int notAllowed(long id, String state, String rule, PrintWriter err) {
    err.println("herald: post #" + id + " is " + state + "; " + rule);
    return Main.POST_FAILED;
  }
}
