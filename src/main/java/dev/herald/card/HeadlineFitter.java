package dev.herald.card;

import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sets a headline inside a box: tries sizes from max down to min, wrapping with the layout engine's
 * line breaker; when even the minimum size needs more than maxLines, the last line ends in "…".
 * Every candidate is measured by its real ink, so the result never leaves the box.
 */
final class HeadlineFitter {

  static final String ELLIPSIS = "…";
  private static final float STEP = 2f;

  private final FontRenderContext frc;

  HeadlineFitter(FontRenderContext frc) {
    this.frc = frc;
  }

  record Box(double x, double y, double width, double height) {}

  record Sizes(float max, float min, int maxLines) {}

  /**
   * Sets a card headline: the whole headline at the largest size that holds it; when even the
   * layout's floor size cannot, the first of {@code shorter} (the article's own short headline,
   * then the headline's leading phrases, see {@link ShortHeadlines}) that fits whole; only when
   * none does, the headline cut at its last phrase boundary that fits, with "…".
   */
  HeadlineFit fitHeadline(String headline, List<String> shorter, FontSet fonts, Box box, Sizes sizes) {
    var text = fonts.printable(normalize(headline));
    var whole = largestWholeFit(text, fonts, box, sizes);
    if (whole != null) return whole;
    for (var candidate : ShortHeadlines.candidates(text, shorter)) {
      var fit = largestWholeFit(fonts.printable(normalize(candidate)), fonts, box, sizes);
      if (fit != null) return fit.asShortened();
    }
    return fit(text, fonts, box, sizes);
  }

  HeadlineFit fit(String headline, FontSet fonts, Box box, Sizes sizes) {
    var text = fonts.printable(normalize(headline));
    var whole = largestWholeFit(text, fonts, box, sizes);
    if (whole != null) return whole;
    for (int maxLines = sizes.maxLines(); maxLines >= 1; maxLines--) {
      var cut = truncate(text, fonts, sizes.min(), box.width(), maxLines);
      var fit = place(cut.lines(), fonts, sizes.min(), box, !cut.complete());
      if (fits(fit, box)) return fit;
    }
    return place(List.of(ELLIPSIS), fonts, sizes.min(), box, true);
  }

  /**
   * Binary search over the sizes max, max-2, … min for the largest that holds the whole headline:
   * smaller type never needs more room, and a 300-character headline then costs four layouts, not
   * fifteen.
   */
  private HeadlineFit largestWholeFit(String text, FontSet fonts, Box box, Sizes sizes) {
    var candidates = candidateSizes(sizes);
    int lo = 0, hi = candidates.length - 1;
    HeadlineFit best = null;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      var fit = wholeFit(text, fonts, candidates[mid], box, sizes.maxLines());
      if (fit != null) {
        best = fit;
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    }
    return best;
  }

  /** max, max-2, … down to min, with min itself always tried last. */
  private static float[] candidateSizes(Sizes sizes) {
    int steps = (int) Math.ceil((sizes.max() - sizes.min()) / STEP);
    var candidates = new float[steps + 1];
    for (int i = 0; i < steps; i++) candidates[i] = sizes.max() - i * STEP;
    candidates[steps] = sizes.min();
    return candidates;
  }

  private HeadlineFit wholeFit(String text, FontSet fonts, float size, Box box, int maxLines) {
    var wrapped = wrap(text, fonts, size, box.width(), maxLines);
    if (!wrapped.complete()) return null;
    var fit = place(wrapped.lines(), fonts, size, box, false);
    return fits(fit, box) ? fit : null;
  }

  static String normalize(String headline) {
    if (headline == null) return "";
    return headline.replaceAll("\\s+", " ").strip();
  }

  private record Wrapped(List<String> lines, boolean complete) {}

  /**
   * Breaks only at spaces, so "24-hour" and "India-China" never split at their hyphen, into the
   * fewest lines that fit, and then among those the most even: the break set with the least summed
   * squared slack, where a last line of one lone word costs as much as an empty line. Line widths
   * are sums of measured word advances (shaping does not cross a space); the caller re-measures
   * the chosen lines, so an estimate that runs over only costs a smaller size.
   */
  private Wrapped wrap(String text, FontSet fonts, float size, double width, int maxLines) {
    var lines = new ArrayList<String>();
    if (text.isEmpty()) return new Wrapped(lines, true);
    var words = text.split(" ");
    int n = words.length;
    var advances = new double[n];
    for (int i = 0; i < n; i++) advances[i] = advance(words[i], fonts, size);
    double space = advance("a a", fonts, size) - advance("aa", fonts, size);
    // widthOf(i, j): words i..j-1 on one line.
    var prefix = new double[n + 1];
    for (int i = 0; i < n; i++) prefix[i + 1] = prefix[i] + advances[i];
    java.util.function.IntBinaryOperator fitsOn = (i, j) -> prefix[j] - prefix[i] + space * (j - i - 1) <= width ? 1 : 0;
    // A single word wider than the line: only the layout engine's breaker (inside words) can set it.
    for (int i = 0; i < n; i++) if (fitsOn.applyAsInt(i, i + 1) == 0) return measuredWrap(text, fonts, size, width, maxLines);
    // Fewest lines, greedily; more than maxLines gives the first maxLines of them, incomplete.
    var greedy = new ArrayList<String>();
    for (int i = 0; i < n; ) {
      int j = i + 1;
      while (j < n && fitsOn.applyAsInt(i, j + 1) == 1) j++;
      if (greedy.size() < maxLines) greedy.add(String.join(" ", java.util.Arrays.asList(words).subList(i, j)));
      else return new Wrapped(greedy, false);
      i = j;
    }
    int needed = greedy.size();
    // Most even split into exactly `needed` lines.
    var cost = new double[needed + 1][n + 1];
    var from = new int[needed + 1][n + 1];
    for (var row : cost) java.util.Arrays.fill(row, Double.MAX_VALUE);
    cost[0][0] = 0;
    for (int k = 1; k <= needed; k++) {
      for (int j = k; j <= n; j++) {
        for (int i = j - 1; i >= k - 1; i--) {
          if (fitsOn.applyAsInt(i, j) == 0) break;
          if (cost[k - 1][i] == Double.MAX_VALUE) continue;
          double slack = width - (prefix[j] - prefix[i] + space * (j - i - 1));
          double c = cost[k - 1][i] + slack * slack;
          if (k == needed && j == n && needed > 1 && j - i == 1 && n > needed) c += width * width;
          if (c < cost[k][j]) {
            cost[k][j] = c;
            from[k][j] = i;
          }
        }
      }
    }
    if (cost[needed][n] == Double.MAX_VALUE) return new Wrapped(greedy, true);
    var breaks = new int[needed + 1];
    breaks[needed] = n;
    for (int k = needed; k > 0; k--) breaks[k - 1] = from[k][breaks[k]];
    for (int k = 0; k < needed; k++) lines.add(String.join(" ", java.util.Arrays.asList(words).subList(breaks[k], breaks[k + 1])));
    return new Wrapped(lines, true);
  }

  /** The layout engine's own line breaker, for text with a word longer than a line. */
  private Wrapped measuredWrap(String text, FontSet fonts, float size, double width, int maxLines) {
    var lines = new ArrayList<String>();
    var measurer = new LineBreakMeasurer(fonts.attributed(text, size).getIterator(), BreakIterator.getLineInstance(Locale.ROOT), frc);
    while (measurer.getPosition() < text.length() && lines.size() < maxLines) {
      int start = measurer.getPosition();
      int end = measurer.nextOffset((float) width);
      measurer.setPosition(end);
      lines.add(text.substring(start, end).strip());
    }
    return new Wrapped(lines, measurer.getPosition() >= text.length());
  }

  /** Wraps to maxLines, then shortens the last line word by word until "…" fits after it. */
  private Wrapped truncate(String text, FontSet fonts, float size, double width, int maxLines) {
    var wrapped = wrap(text, fonts, size, width, maxLines);
    if (wrapped.complete()) return wrapped;
    var lines = new ArrayList<>(wrapped.lines());
    var last = lines.remove(lines.size() - 1);
    lines.add(withEllipsis(last, fonts, size, width));
    return new Wrapped(lines, false);
  }

  private String withEllipsis(String line, FontSet fonts, float size, double width) {
    var candidate = line;
    while (!candidate.isEmpty()) {
      var withMark = trimTrailingPunctuation(candidate) + ELLIPSIS;
      if (advance(withMark, fonts, size) <= width) return withMark;
      int cut = candidate.lastIndexOf(' ');
      candidate = cut > 0 ? candidate.substring(0, cut) : dropLastCluster(candidate);
    }
    return ELLIPSIS;
  }

  private static String trimTrailingPunctuation(String s) {
    return s.replaceAll("[\\s,;:.\\-–—।]+$", "");
  }

  /** Cuts by grapheme so a Devanagari conjunct is never split into a dangling virama. */
  private static String dropLastCluster(String s) {
    var graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
    graphemes.setText(s);
    int last = graphemes.last();
    return s.substring(0, graphemes.preceding(last));
  }

  private double advance(String text, FontSet fonts, float size) {
    return new TextLayout(fonts.attributed(text, size).getIterator(), frc).getAdvance();
  }

  private HeadlineFit place(List<String> lines, FontSet fonts, float size, Box box, boolean truncated) {
    var layouts = new ArrayList<TextLayout>();
    var baselines = new ArrayList<Float>();
    var xs = new ArrayList<Float>();
    boolean devanagari = lines.stream().anyMatch(l -> l.codePoints().anyMatch(FontSet::isDevanagari));
    double pitch = size * (devanagari ? 1.36 : 1.14);
    double baseline = Double.NaN;
    Rectangle2D bounds = null;
    for (var line : lines) {
      var layout = new TextLayout(fonts.attributed(line, size).getIterator(), frc);
      if (Double.isNaN(baseline)) baseline = box.y() + Math.max(size * (devanagari ? 0.98 : 0.8), -layout.getBounds().getY());
      var ink = layout.getBounds();
      // A glyph with a negative side bearing ("J", some matras) would poke out left of the margin.
      double x = box.x() + Math.max(0, -ink.getX());
      var nominal = new Rectangle2D.Double(x, baseline - size * 0.8, layout.getAdvance(), size);
      var lineBounds = new Rectangle2D.Double(x + ink.getX(), baseline + ink.getY(), ink.getWidth(), ink.getHeight())
          .createUnion(nominal);
      bounds = bounds == null ? lineBounds : bounds.createUnion(lineBounds);
      layouts.add(layout);
      xs.add((float) x);
      baselines.add((float) baseline);
      baseline += pitch;
    }
    if (bounds == null) bounds = new Rectangle2D.Double(box.x(), box.y(), 0, 0);
    return new HeadlineFit(size, List.copyOf(lines), List.copyOf(layouts), List.copyOf(xs), List.copyOf(baselines), bounds, truncated);
  }

  private static boolean fits(HeadlineFit fit, Box box) {
    var b = fit.bounds();
    return b.getMinX() >= box.x() - 0.5 && b.getMaxX() <= box.x() + box.width() + 0.5
        && b.getMinY() >= box.y() - 0.5 && b.getMaxY() <= box.y() + box.height() + 0.5;
  }
}
