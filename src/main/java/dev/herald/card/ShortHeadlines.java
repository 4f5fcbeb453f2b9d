package dev.herald.card;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Shorter headlines to try, in order, when the full one does not fit a card at its floor size: the
 * ones the article gives (its twitter:title, a shorter og:title), then the headline's own leading
 * phrases, longest first — everything before a clause break ("…, while officials warn…" → "…"),
 * so what is printed is always a whole phrase, never a cut mid-phrase.
 */
final class ShortHeadlines {

  /** Punctuation that ends a clause, and the conjunctions that start a subordinate one. */
  private static final Pattern BREAK = Pattern.compile(
      "\\s*(?:[,;:|।]\\s+|\\s[—–-]\\s)|\\s+(?=(?:as|while|after|amid|but|with|and|because|despite|which|who)\\s)");
  private static final int MIN_WORDS = 3;

  private ShortHeadlines() {}

  static List<String> candidates(String headline, List<String> given) {
    var out = new LinkedHashSet<String>();
    if (given != null) {
      for (var g : given) {
        var clean = HeadlineFitter.normalize(g);
        if (!clean.isEmpty() && clean.length() < headline.length()) out.add(clean);
      }
    }
    var prefixes = new ArrayList<String>();
    var matcher = BREAK.matcher(headline);
    while (matcher.find()) {
      var prefix = trimEnd(headline.substring(0, matcher.start()));
      if (prefix.split(" ").length >= MIN_WORDS && balancedQuotes(prefix)) prefixes.add(prefix);
    }
    for (int i = prefixes.size() - 1; i >= 0; i--) out.add(prefixes.get(i));
    return List.copyOf(out);
  }

  private static String trimEnd(String s) {
    return s.replaceAll("[\\s,;:–—\\-]+$", "");
  }

  /** A prefix that opens a quotation must also close it. */
  private static boolean balancedQuotes(String s) {
    long open = s.chars().filter(c -> c == '‘' || c == '“').count();
    long close = s.chars().filter(c -> c == '’' || c == '”').count();
    long straight = s.chars().filter(c -> c == '"').count();
    return straight % 2 == 0 && close >= open;
  }
}
