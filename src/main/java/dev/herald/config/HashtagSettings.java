package dev.herald.config;

import java.util.List;
import java.util.Map;

/**
 * Hashtags for a channel: at most {@code max} (0 disables them), taken from the article's
 * keywords (and the section only when {@code mapping} names it), renamed through {@code mapping}
 * ("Lok Sabha" → "LokSabha2024"), plus
 * {@code always} tags. Hashtags never push a post over its limit: they are dropped first.
 */
public record HashtagSettings(int max, Map<String, String> mapping, List<String> always) {

  public HashtagSettings {
    mapping = Map.copyOf(mapping);
    always = List.copyOf(always);
  }
}
