package dev.herald.ops;

import dev.herald.store.Post;

/**
 * What an operator action did. {@code DONE}: it happened ({@code post} is the post after it, null for a
 * channel action). {@code NOT_FOUND}: no such post or channel. {@code WRONG_STATE}: the post's
 * {@code state} does not allow it. {@code REFUSED}: the request itself is wrong ({@code message} says why).
 */
public record OpResult(Kind kind, String message, Post post, String state) {

  public enum Kind { DONE, NOT_FOUND, WRONG_STATE, REFUSED }

  static OpResult done(String message, Post post) {
    return new OpResult(Kind.DONE, message, post, post == null ? null : post.state().dbName());
  }

  static OpResult notFound(String message) {
    return new OpResult(Kind.NOT_FOUND, message, null, null);
  }

  static OpResult wrongState(Post post, String rule) {
    return new OpResult(Kind.WRONG_STATE, "post #" + post.id() + " is " + post.state().dbName() + "; " + rule, post,
        post.state().dbName());
  }

  static OpResult refused(String why) {
    return new OpResult(Kind.REFUSED, why, null, null);
  }

  public boolean done() {
    return kind == Kind.DONE;
  }
}
