package dev.herald.source;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The nesting depth of a parsed page, measured in one iterative pass (no recursion, no re-walks). */
final class PageDepth {

  private PageDepth() {}

  static void requireAtMost(Document page, int maxDepth, Deadline deadline) {
    int[] deepest = {0};
    int[] visited = {0};
    NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
      if (node instanceof Element && depth > deepest[0]) deepest[0] = depth;
      if ((++visited[0] & 0xFFF) == 0) deadline.check();
    }, page);
    if (deepest[0] > maxDepth) {
      throw new IllegalArgumentException("the page nests elements " + deepest[0] + " deep (more than " + maxDepth + ")");
    }
  }
}
