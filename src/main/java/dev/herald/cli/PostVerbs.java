package dev.herald.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.config.Invocation;
import dev.herald.ops.OpResult;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Function;

/**
 * The shared shape of retry/skip/resolve: the action runs through {@link dev.herald.ops.Operations}
 * (on the store, or in the running daemon through its admin API), and its result becomes the message
 * and exit code.
 */
final class PostVerbs {

  private PostVerbs() {}

  /** {@code result} is what the operation did; {@code done} is the success message. */
  static int report(long id, String verb, OpResult result, PrintWriter out, PrintWriter err, String done) {
    return switch (result.kind()) {
      case DONE -> {
        out.println(done);
        yield Main.OK;
      }
      case NOT_FOUND -> noSuchPost(id, err);
      case WRONG_STATE -> {
        err.println("herald: " + result.message());
        yield Main.POST_FAILED;
      }
      case REFUSED -> refused(id, verb, result.message(), err);
    };
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
      case 400, 422 -> refused(id, verb, reply.json().path("error").asText(), err);
      case 404 -> noSuchPost(id, err);
      case 409 -> notAllowed(id, reply.json().path("state").asText(), rule, err);
      default -> {
        err.println("herald: the running daemon answered " + reply.code() + ": "
            + reply.json().path("title").asText(reply.json().path("error").asText()));
        yield Main.POST_FAILED;
      }
    };
  }

  /** The request itself was refused (e.g. a resolve URL off the channel's platform): a usage error, exit 2. */
  static int refused(long id, String verb, String why, PrintWriter err) {
    String did = switch (verb) {
      case "retry" -> "retried";
      case "skip" -> "skipped";
      default -> verb + "d";
    };
    err.println("herald: post #" + id + " not " + did + ": " + why);
    return Main.BAD_CONFIG;
  }

  private static int noSuchPost(long id, PrintWriter err) {
    err.println("herald: there is no post #" + id + " (see `" + Invocation.command("status") + "`)");
    return Main.POST_FAILED;
  }

  private static int notAllowed(long id, String state, String rule, PrintWriter err) {
    err.println("herald: post #" + id + " is " + state + "; " + rule);
    return Main.POST_FAILED;
  }
}
