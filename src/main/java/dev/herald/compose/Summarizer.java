package dev.herald.compose;

import dev.herald.source.Article;

/**
 * Picks the sentences that carry an article's story. Called once per article at compose time,
 * may run twice for one article (results should be the same); never throws for odd text: an
 * article with no usable body yields a summary built from its description, or an empty one.
 */
public interface Summarizer {

  Summary summarize(Article article);
}
