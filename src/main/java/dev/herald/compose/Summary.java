package dev.herald.compose;

import java.util.Comparator;
import java.util.List;

/**
 * Candidate sentences for a post, each with its position in the article and its score. Formatters
 * take the best-scoring sentences that fit their budget and show them in reading order.
 */
public record Summary(List<Sentence> sentences) {

  public Summary {
    sentences = List.copyOf(sentences);
  }

  public static final Summary EMPTY = new Summary(List.of());

  /** The {@code n} best sentences, in reading order. */
  public List<Sentence> best(int n) {
    return sentences.stream()
        .sorted(Comparator.comparingDouble(Sentence::score).reversed())
        .limit(n)
        .sorted(Comparator.comparingInt(Sentence::position))
        .toList();
  }

  public record Sentence(String text, int position, double score) {}
}
