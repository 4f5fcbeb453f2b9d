package dev.herald.pipeline;

import dev.herald.config.RouteRule;
import dev.herald.config.Routing;
import dev.herald.source.Article;
import dev.herald.source.ItemFilter;
import java.util.Locale;

/**
 * Decides whether a channel takes an article ({@code channels[].include} / {@code exclude}) and says why,
 * for the post's history and for {@code preview}. An article without a language is taken to be in the
 * outlet's.
 */
public final class Routes {

  private Routes() {}

  /** {@code routed}: the channel takes it; {@code why}: the rule that decided, null when the channel takes everything. */
  public record Decision(boolean routed, String why) {}

  public static Decision decide(Routing routing, Article article, String outletLanguage) {
    if (routing.isAll()) return new Decision(true, null);
    for (RouteRule rule : routing.exclude()) {
      if (matches(rule, article, outletLanguage)) return new Decision(false, "excluded by " + rule.describe());
    }
    if (routing.include().isEmpty()) return new Decision(true, "no exclude rule matched");
    for (RouteRule rule : routing.include()) {
      if (matches(rule, article, outletLanguage)) return new Decision(true, "included by " + rule.describe());
    }
    return new Decision(false, "no include rule matched");
  }

  static boolean matches(RouteRule rule, Article article, String outletLanguage) {
    if (rule.section() != null && (article.section() == null || !rule.section().equalsIgnoreCase(article.section().strip()))) {
      return false;
    }
    if (rule.language() != null && !sameLanguage(rule.language(), article.language() != null ? article.language() : outletLanguage)) {
      return false;
    }
    if (rule.keyword() != null && !ItemFilter.mentions(article, rule.keyword())) return false;
    return rule.source() == null || rule.source().equals(article.sourceId());
  }

  // "hi" matches "hi", "hi-IN" and "hi_IN"; "hi-IN" matches only itself.
  private static boolean sameLanguage(String wanted, String actual) {
    if (actual == null) return false;
    String w = wanted.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    String a = actual.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    return a.equals(w) || a.startsWith(w + "-");
  }
}
