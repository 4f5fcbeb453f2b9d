package dev.herald.config;

/** Admin HTTP API/UI. {@code $PORT} wins over {@code port} when set. The token guards every non-health route. */
public record AdminSettings(boolean enabled, int port, String token) {}
