package dev.herald.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Fits one post to its platform without cutting a word. The summary always opens with the lede (the
 * story's first sentence); under pressure the post falls back, in order, to: the lede with fewer
 * hashtags (the last dropped first); the page's description; the lede's first clause, shortened with
 * "…"; the headline alone; the headline shortened at a word with "…". It never swaps in a later
 * sentence because it happens to be short — a caveat or background line does not carry the news. When
 * the lede fits, the sentences right after it join in reading order where they fit beside the
 * hashtags. The text it returns always satisfies the rules.
 */
final class PostFitter {

  /** How far past the lede a post may reach for its further sentences. */
  static final int FOLLOWING = 3;

  /** A shortened clause of fewer words says too little: the headline alone is better. */
  static final int MIN_CLAUSE_WORDS = 4;

  record Fitted(String text, List<String> hashtags) {}

  private final PostTemplate template;
  private final Map<String, String> fixedValues;
  private final TextRules rules;
  private final int maxSentences;

  PostFitter(PostTemplate template, Map<String, String> fixedValues, TextRules rules, int maxSentences) {
    this.template = template;
    this.fixedValues = fixedValues;
    this.rules = rules;
    this.maxSentences = maxSentences;
  }

  Fitted fit(String headline, Summary summary, String description, List<String> hashtags) {
    var lede = summary.sentences().stream().min(Comparator.comparingInt(Summary.Sentence::position));
    if (lede.isPresent()) {
      var sentences = new ArrayList<Summary.Sentence>();
      sentences.add(lede.get());
      sentences.addAll(furtherSentences(headline, summary, lede.get()));
      // The lede anchors the post: hashtags give way to it, while further sentences join only where
      // they fit beside the hashtags that are left.
      for (int kept = hashtags.size(); kept >= 0; kept--) {
        var fitted = mostSentences(headline, sentences, hashtags.subList(0, kept));
        if (fitted.isPresent()) return fitted.get();
      }
    }
    if (!description.isEmpty()) {
      for (int kept = hashtags.size(); kept >= 0; kept--) {
        var fitted = attempt(headline, description, hashtags.subList(0, kept));
        if (fitted.isPresent()) return fitted.get();
      }
    }
    String opening = lede.map(Summary.Sentence::text).orElse(description);
    String clause = Shorten.firstClause(opening, candidate -> attempt(headline, candidate, List.of()).isPresent());
    if (Words.count(clause) >= MIN_CLAUSE_WORDS) {
      for (int kept = hashtags.size(); kept >= 0; kept--) {
        var fitted = attempt(headline, clause, hashtags.subList(0, kept));
        if (fitted.isPresent()) return fitted.get();
      }
    }
    for (int kept = hashtags.size(); kept >= 0; kept--) {
      var fitted = attempt(headline, "", hashtags.subList(0, kept));
      if (fitted.isPresent()) return fitted.get();
    }
    return shortenedHeadline(headline);
  }

  /**
   * The sentences that follow the lede (a news story tells the most first), at most {@value #FOLLOWING}
   * of them, in reading order, each fitting beside the headline with no hashtags. A sentence further
   * down — background, a caveat, a side rule — is not pulled up because it happens to score or fit.
   */
  private List<Summary.Sentence> furtherSentences(String headline, Summary summary, Summary.Sentence lede) {
    return summary.sentences().stream()
        .filter(sentence -> sentence.position() > lede.position() && sentence.position() <= lede.position() + FOLLOWING)
        .sorted(Comparator.comparingInt(Summary.Sentence::position))
        .filter(sentence -> attempt(headline, sentence.text(), List.of()).isPresent())
        .toList();
  }

  private Optional<Fitted> mostSentences(String headline, List<Summary.Sentence> fitting, List<String> hashtags) {
    var chosen = new ArrayList<Summary.Sentence>();
    Fitted best = null;
    for (var sentence : fitting) {
      var trial = new ArrayList<>(chosen);
      trial.add(sentence);
      trial.sort(Comparator.comparingInt(Summary.Sentence::position));
      var fitted = attempt(headline, joined(trial), hashtags);
      if (fitted.isEmpty()) {
        if (chosen.isEmpty()) return Optional.empty();
        continue;
      }
      chosen = trial;
      best = fitted.get();
      if (chosen.size() == maxSentences) break;
    }
    return Optional.ofNullable(best);
  }

  private Fitted shortenedHeadline(String headline) {
    String shortened = Shorten.toFit(headline, candidate -> fits(render(candidate, "", List.of())));
    if (!shortened.isEmpty()) return new Fitted(render(shortened, "", List.of()), List.of());
    // The template's own text leaves no room for even one word: the link alone, else a bare headline.
    String link = fixedValues.getOrDefault("url", "");
    if (template.uses("url") && !link.isEmpty() && fits(link)) return new Fitted(link, List.of());
    return new Fitted(rules.escape(Shorten.toFit(headline, candidate -> fits(rules.escape(candidate)))), List.of());
  }

  private Optional<Fitted> attempt(String headline, String summary, List<String> hashtags) {
    String text = render(headline, summary, hashtags);
    return fits(text) ? Optional.of(new Fitted(text, template.uses("hashtags") ? hashtags : List.of())) : Optional.empty();
  }

  private boolean fits(String text) {
    return rules.fits(text);
  }

  private String render(String headline, String summary, List<String> hashtags) {
    var values = new HashMap<>(fixedValues);
    values.put("headline", rules.escape(headline));
    values.put("summary", rules.escape(summary));
    values.put("hashtags", rules.escape(Hashtags.line(hashtags)));
    return template.render(values);
  }

  private static String joined(List<Summary.Sentence> sentences) {
    return sentences.stream().map(Summary.Sentence::text).collect(Collectors.joining(" "));
  }
}
