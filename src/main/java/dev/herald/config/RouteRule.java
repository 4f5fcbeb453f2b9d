package dev.herald.config;

/**
 * One {@code channels[].include} / {@code exclude} entry: it matches an article when every non-null part
 * does — {@code section} (ignoring case), {@code language} (a prefix: {@code hi} matches {@code hi-IN}),
 * {@code keyword} (one of the article's tags, or a whole word or phrase of its headline) and {@code source}
 * (the id of the source it came in through).
 */
public record RouteRule(String section, String language, String keyword, String source) {

  /** As written in the config, for the "why" trail: {@code section=Sport, language=hi}. */
  public String describe() {
    var parts = new java.util.ArrayList<String>();
    if (section != null) parts.add("section=" + section);
    if (language != null) parts.add("language=" + language);
    if (keyword != null) parts.add("keyword=" + keyword);
    if (source != null) parts.add("source=" + source);
    return String.join(", ", parts);
  }
}
