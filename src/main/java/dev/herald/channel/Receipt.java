package dev.herald.channel;

/** What the platform answered for an accepted post: its id and a public URL (may be null if it has none). */
public record Receipt(String platformId, String url) {}
