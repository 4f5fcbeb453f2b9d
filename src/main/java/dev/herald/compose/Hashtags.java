package dev.herald.compose;

import dev.herald.config.HashtagSettings;
import dev.herald.source.Article;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An article's hashtags for one channel: the {@code always} tags first, then the article's keywords,
 * each renamed through {@code mapping} and made a valid tag ("lok sabha" → "LokSabha", Devanagari
 * kept), deduplicated ignoring case, at most {@code max}. The section ("World", "Cities", "देश") is a
 * desk's filing label, not a topic people follow: it becomes a tag only when {@code mapping} names it.
 * Tags are returned without '#'.
 * When a post is too long, the composer drops them from the end, so the {@code always} tags go last.
 */
public final class Hashtags {

  /** Longer "tags" are sentences that a feed put in its keywords, not tags. */
  static final int MAX_TAG_LENGTH = 40;

  private Hashtags() {}

  /** The tags, or none when {@code settings} is null or its {@code max} is 0. */
  public static List<String> of(Article article, HashtagSettings settings) {
    if (settings == null || settings.max() <= 0) return List.of();
    var phrases = new ArrayList<String>(settings.always());
    phrases.addAll(article.keywords());
    var seen = new HashSet<String>();
    var tags = new ArrayList<String>();
    for (String phrase : phrases) {
      if (tags.size() == settings.max()) break;
      add(mapped(phrase, settings.mapping()), tags, seen);
    }
    if (tags.size() < settings.max()) add(mappedSection(article.section(), settings.mapping()), tags, seen);
    return List.copyOf(tags);
  }

  /** "#A #B", or "" for no tags. */
  public static String line(List<String> tags) {
    return tags.isEmpty() ? "" : "#" + String.join(" #", tags);
  }

  /**
   * A phrase as a hashtag: words joined in CamelCase, punctuation dropped, letters, combining marks
   * (Devanagari matras, virama) and digits kept; "" when nothing valid remains or it is all digits.
   */
  public static String toTag(String phrase) {
    if (phrase == null || phrase.contains("://")) return "";
    var tag = new StringBuilder();
    for (String word : phrase.replaceAll("['’]", "").split("[^\\p{L}\\p{M}\\p{Nd}]+")) {
      if (word.isEmpty()) continue;
      boolean lowerCase = word.equals(word.toLowerCase(Locale.ROOT));
      // "iPhone" and "COVID" keep their own capitals; only all-lower-case words are capitalised.
      if (!lowerCase) {
        tag.append(word);
        continue;
      }
      int first = word.codePointAt(0);
      tag.appendCodePoint(Character.toTitleCase(first)).append(word, Character.charCount(first), word.length());
    }
    boolean hasLetter = tag.codePoints().anyMatch(Character::isLetter);
    return hasLetter && tag.length() <= MAX_TAG_LENGTH ? tag.toString() : "";
  }

  private static void add(Optional<String> phrase, List<String> tags, Set<String> seen) {
    String tag = phrase.map(Hashtags::toTag).orElse("");
    if (!tag.isEmpty() && seen.add(tag.toLowerCase(Locale.ROOT))) tags.add(tag);
  }

  /** The mapped name ("" in the mapping silences a keyword), else the phrase itself. */
  private static Optional<String> mapped(String phrase, Map<String, String> mapping) {
    if (phrase == null || phrase.isBlank()) return Optional.empty();
    String key = phrase.strip();
    return mappingOf(key, mapping).orElse(Optional.of(key));
  }

  /** A section's mapped name; nothing when the mapping does not name the section. */
  private static Optional<String> mappedSection(String section, Map<String, String> mapping) {
    if (section == null || section.isBlank()) return Optional.empty();
    return mappingOf(section.strip(), mapping).orElse(Optional.empty());
  }

  /** Empty when the mapping has no entry for {@code key}; else the entry's value, empty when it silences. */
  private static Optional<Optional<String>> mappingOf(String key, Map<String, String> mapping) {
    for (var entry : mapping.entrySet()) {
      if (entry.getKey().strip().equalsIgnoreCase(key) || toTag(entry.getKey()).equalsIgnoreCase(toTag(key))) {
        return Optional.of(Optional.ofNullable(entry.getValue()).filter(v -> !v.isBlank()));
      }
    }
    return Optional.empty();
  }
}
