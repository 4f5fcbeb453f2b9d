package dev.herald.compose;

import java.util.List;
import java.util.Set;

/**
 * What a post template may use. Each platform's default template lives with its provider in
 * {@code channel/<type>/}; a channel's {@code template} key replaces it. Variables: {@code headline
 * summary url hashtags section author outlet handle date language}, and {@code readMore linkInBio} in the
 * article's language ({@link dev.herald.i18n.Strings}). Values are escaped for the platform; empty ones are
 * falsy in {@code {{#section}}}.
 */
public final class Templates {

  public static final Set<String> VARIABLES = Set.of(
      "headline", "summary", "url", "hashtags", "section", "author", "outlet", "handle", "date", "language",
      "readMore", "linkInBio");

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
}
