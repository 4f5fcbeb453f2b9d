package dev.herald.compose;

import java.util.List;
import java.util.Set;

/**
 * Default post templates per channel type (mustache; a channel's {@code template} key replaces
 * them). Variables: {@code headline summary url hashtags section author outlet handle date
 * language}. Values are escaped for the platform; empty ones are falsy in {@code {{#section}}}.
 */
public final class Templates {

  public static final Set<String> VARIABLES = Set.of(
      "headline", "summary", "url", "hashtags", "section", "author", "outlet", "handle", "date", "language");

  /** Plain text; twitter-text counts the link as 23 however long it is. */
  public static final String X = """
      {{headline}}

      {{summary}}

      {{url}}
      {{hashtags}}
      """;

  /** HTML parse mode: only Telegram's tags, every value escaped. */
  public static final String TELEGRAM = """
      <b>{{headline}}</b>

      {{summary}}

      {{hashtags}}
      <a href="{{url}}">Read more</a>
      """;

  public static final String MASTODON = """
      {{headline}}

      {{summary}}

      {{url}}

      {{hashtags}}
      """;

  /** Bluesky counts the link in full, so it gets a short lead; link and tags become facets. */
  public static final String BLUESKY = """
      {{headline}}

      {{summary}}

      {{url}}
      {{hashtags}}
      """;

  /** What a manager checks before a channel goes live: everything, with the byline. */
  public static final String PREVIEW = """
      {{headline}}
      {{#section}}{{section}} · {{/section}}{{date}}{{#author}} · {{author}}{{/author}}

      {{summary}}

      {{url}}
      {{hashtags}}
      """;

  private Templates() {}

  /**
   * What is wrong with a channel's template, one message per problem (invalid mustache, unknown
   * variables, partials); empty when it is fine. For {@code check}: never throws.
   */
  public static List<String> problems(String template) {
    if (template == null || template.isBlank()) return List.of("template is empty");
    try {
      return PostTemplate.compile(template).problems();
    } catch (IllegalArgumentException e) {
      return List.of(e.getMessage());
    }
  }

  /**
   * The default template for a channel type.
   *
   * @throws IllegalArgumentException for a type without one
   */
  public static String forType(String channelType) {
    return switch (channelType) {
      case "x" -> X;
      case "telegram" -> TELEGRAM;
      case "mastodon" -> MASTODON;
      case "bluesky" -> BLUESKY;
      case "preview" -> PREVIEW;
      default -> throw new IllegalArgumentException("no default template for channel type '" + channelType + "'");
    };
  }
}
