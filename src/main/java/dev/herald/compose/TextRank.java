package dev.herald.compose;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * TextRank over sentences: a graph whose edges are shared content words, ranked by power
 * iteration. The random surfer restarts near the top of the article (lead bias), because news
 * puts its story first, and at sentences that share the headline's words, because a lede tells the
 * headline's story. Deterministic: same input, same scores.
 */
final class TextRank {

  private static final double DAMPING = 0.7;
  private static final int MAX_ITERATIONS = 100;
  private static final double CONVERGED = 1e-7;

  private TextRank() {}

  /** Scores in the input's order, the best being 1.0. */
  static double[] scores(List<List<String>> sentenceWords, Collection<String> headlineWords) {
    int n = sentenceWords.size();
    double[][] weights = similarityGraph(sentenceWords);
    double[] restart = restart(sentenceWords, Set.copyOf(headlineWords));
    double[] outWeight = new double[n];
    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) outWeight[i] += weights[i][j];
    double[] rank = restart.clone();
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double[] next = step(weights, outWeight, rank, restart);
      double change = 0;
      for (int i = 0; i < n; i++) change += Math.abs(next[i] - rank[i]);
      rank = next;
      if (change < CONVERGED) break;
    }
    return normalized(rank);
  }

  private static double[] step(double[][] weights, double[] outWeight, double[] rank, double[] restart) {
    int n = rank.length;
    double dangling = 0;
    for (int j = 0; j < n; j++) if (outWeight[j] == 0) dangling += rank[j];
    double[] next = new double[n];
    for (int i = 0; i < n; i++) {
      double incoming = 0;
      for (int j = 0; j < n; j++) {
        if (weights[j][i] > 0) incoming += weights[j][i] / outWeight[j] * rank[j];
      }
      // A sentence that shares no words hands its rank back through the restart distribution.
      next[i] = (1 - DAMPING) * restart[i] + DAMPING * (incoming + dangling * restart[i]);
    }
    return next;
  }

  private static double[][] similarityGraph(List<List<String>> sentenceWords) {
    int n = sentenceWords.size();
    var sets = sentenceWords.stream().map(words -> (Set<String>) new HashSet<>(words)).toList();
    double[][] weights = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double similarity = similarity(sets.get(i), sets.get(j));
        weights[i][j] = similarity;
        weights[j][i] = similarity;
      }
    }
    return weights;
  }

  /** The TextRank measure: shared words, discounted by sentence length so long ones do not win by size. */
  private static double similarity(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) return 0;
    var smaller = a.size() <= b.size() ? a : b;
    var larger = smaller == a ? b : a;
    int shared = 0;
    for (String word : smaller) if (larger.contains(word)) shared++;
    return shared == 0 ? 0 : shared / (Math.log(1 + a.size()) + Math.log(1 + b.size()));
  }

  private static double[] restart(List<List<String>> sentenceWords, Set<String> headlineWords) {
    int n = sentenceWords.size();
    double[] restart = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      double lead = 1.0 / (i + 1);
      total += restart[i] = lead * (1 + headlineShare(sentenceWords.get(i), headlineWords));
    }
    for (int i = 0; i < n; i++) restart[i] /= total;
    return restart;
  }

  /** The fraction of the headline's words that the sentence uses. */
  private static double headlineShare(List<String> words, Set<String> headlineWords) {
    if (headlineWords.isEmpty()) return 0;
    return (double) Set.copyOf(words).stream().filter(headlineWords::contains).count() / headlineWords.size();
  }

  private static double[] normalized(double[] rank) {
    double max = 0;
    for (double r : rank) max = Math.max(max, r);
    if (max == 0) return rank;
    double[] out = new double[rank.length];
    for (int i = 0; i < rank.length; i++) out[i] = rank[i] / max;
    return out;
  }
}
