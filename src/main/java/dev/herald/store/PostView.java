package dev.herald.store;

/** A post with the article it is about, as {@code status} and the admin UI list it. */
public record PostView(Post post, String articleUrl, String headline) {}
