package dev.herald.store;

import dev.herald.source.Article;
import java.time.Instant;

/** An article as the store holds it: its row id and when Herald first saw it. */
public record StoredArticle(long id, Article article, Instant firstSeenAt) {}
