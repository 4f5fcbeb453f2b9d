package dev.herald.ops;

/**
 * Who asked for an operator action, as the audit log names them: an admin token's name (the single
 * {@code admin.token} is {@code admin}), {@code cli} (the CLI on the store, or through the daemon with
 * the run's token), or {@code telegram:<user>} for an approver in a Telegram chat.
 */
public record Actor(String name) {

  public static final Actor CLI = new Actor("cli");

  public Actor {
    if (name == null || name.isBlank()) throw new IllegalArgumentException("an actor needs a name");
  }

  /** A Telegram user: their @username when they have one, else their numeric id. */
  public static Actor telegram(String username, long userId) {
    return new Actor("telegram:" + (username == null || username.isBlank() ? Long.toString(userId) : "@" + username));
  }

  @Override
  public String toString() {
    return name;
  }
}
