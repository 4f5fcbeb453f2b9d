package dev.herald.config;

import java.time.Duration;

/**
 * {@code type}: "extractive" (default) or "llm" (an OpenAI-compatible chat completions API, falling
 * back to extractive on any error). The llm fields are null for extractive.
 */
public record SummarizerSettings(String type, String baseUrl, String model, String apiKey, Duration timeout) {}
