package dev.herald.cli;

import dev.herald.config.Invocation;
import dev.herald.store.Post;
import dev.herald.store.Store;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Function;

/** The shared shape of retry/skip/resolve: find the post, try the transition, say what happened. */
final class PostVerbs {

  private PostVerbs() {}

  /** {@code action} returns the success message, or null when the post's state does not allow it. */
  static int apply(Store store, long id, PrintWriter out, PrintWriter err, String rule, Function<Post, String> action) {
    var post = store.posts().find(id);
    if (post.isEmpty()) {
      err.println("herald: there is no post #" + id + " (see `" + Invocation.command("status") + "`)");
      return Main.POST_FAILED;
    }
    String done = action.apply(post.get());
    if (done == null) {
      err.println("herald: post #" + id + " is " + post.get().state().name().toLowerCase(Locale.ROOT) + "; " + rule);
      return Main.POST_FAILED;
    }
    out.println(done);
    return Main.OK;
  }
}
