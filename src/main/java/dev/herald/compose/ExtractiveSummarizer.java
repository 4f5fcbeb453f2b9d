package dev.herald.compose;

import dev.herald.source.Article;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks an article's key sentences without any outside service: strips the outlet's boilerplate,
 * splits sentences (English abbreviations, decimals, quotations, Hindi {@code ।}), drops those that
 * only repeat the headline or the standfirst (the description printed above the story), and ranks the
 * rest with lead-biased TextRank; position 0 is the story's lede. Falls back to the
 * description's sentences when the body has none. Deterministic and thread-safe; never throws.
 */
public final class ExtractiveSummarizer implements Summarizer {

  /** Later sentences rarely make a post; capping them keeps ranking fast on very long pages. */
  static final int MAX_CANDIDATES = 60;

  /** A sentence sharing this much of its content with the headline adds nothing to a post. */
  private static final double HEADLINE_REPEAT = 0.8;

  @Override
  public Summary summarize(Article article) {
    String headline = article.title() == null ? "" : article.title();
    var sentences = candidates(withoutStandfirst(Boilerplate.paragraphs(article.body(), headline), article.description()), headline);
    if (sentences.isEmpty()) sentences = candidates(Boilerplate.paragraphs(PlainText.oneLine(article.description()), headline), headline);
    if (sentences.isEmpty()) return Summary.EMPTY;
    var words = sentences.stream().map(Words::contentWords).toList();
    double[] scores = TextRank.scores(words, Words.contentWords(headline));
    var ranked = new ArrayList<Summary.Sentence>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) ranked.add(new Summary.Sentence(sentences.get(i), i, scores[i]));
    return new Summary(ranked);
  }

  /**
   * The story without its standfirst: a page that prints its description above the story (the dek)
   * repeats it as the body's first paragraph. That is the page's description, not the story's lede,
   * so the lede — the first sentence a post shows — is the story's own opening.
   */
  private static List<String> withoutStandfirst(List<String> paragraphs, String description) {
    String standfirst = Boilerplate.key(description);
    for (int i = 0; i < paragraphs.size() - 1; i++) {
      if (isLabel(paragraphs.get(i))) continue;
      if (standfirst.isEmpty() || !Boilerplate.key(paragraphs.get(i)).equals(standfirst)) return paragraphs;
      var story = new ArrayList<>(paragraphs);
      story.remove(i);
      return story;
    }
    return paragraphs;
  }

  private static List<String> candidates(List<String> paragraphs, String headline) {
    var headlineWords = new HashSet<>(Words.contentWords(headline));
    var seen = new HashSet<String>();
    var out = new ArrayList<String>();
    for (String paragraph : paragraphs) {
      if (isLabel(paragraph)) continue;
      for (String sentence : SentenceSplitter.split(paragraph)) {
        if (out.size() == MAX_CANDIDATES) return out;
        String text = sentence.replaceAll("\\s+", " ");
        if (!isSentence(text) || !seen.add(Boilerplate.key(text))) continue;
        if (repeatsHeadline(text, headlineWords)) continue;
        out.add(text);
      }
    }
    return out;
  }

  /** "Jaano Junction", a photo credit, a sub-heading: short and without a full stop anywhere. */
  private static boolean isLabel(String paragraph) {
    return Words.count(paragraph) < 10 && !paragraph.matches("(?s).*[.?!।].*");
  }

  private static boolean isSentence(String text) {
    int words = Words.count(text);
    return words >= 5 || (words >= 3 && text.matches("(?s).*[.?!।][\"'”’)]*$"));
  }

  private static boolean repeatsHeadline(String sentence, Set<String> headlineWords) {
    var words = new HashSet<>(Words.contentWords(sentence));
    if (words.isEmpty() || headlineWords.isEmpty()) return false;
    long shared = words.stream().filter(headlineWords::contains).count();
    return shared >= HEADLINE_REPEAT * words.size();
  }
}
