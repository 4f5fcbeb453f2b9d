package dev.herald.cli;

import dev.herald.card.Card;
import dev.herald.card.CardLayout;
import dev.herald.compose.ComposedPost;
import dev.herald.pipeline.ChannelPlan;
import dev.herald.source.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/** Lays out one previewed article as files a manager can open: texts per channel, every card, what was extracted. */
final class PreviewFiles {

  private PreviewFiles() {}

  static void write(Path dir, Article article, Collection<ChannelPlan> plans, Map<String, ComposedPost> texts,
      Map<String, String> failures, Map<CardLayout, Card> cards) throws IOException {
    for (ChannelPlan plan : plans) {
      ComposedPost post = texts.get(plan.id());
      String body = post == null ? "(no post: " + failures.get(plan.id()) + ")\n" : post.text() + "\n\n---\n"
          + "length: " + plan.rules().length(post.text()) + " of " + plan.rules().maxLength()
          + " as " + plan.provider().type() + " counts\n"
          + "link: " + post.link() + "\nhashtags: " + String.join(" ", post.hashtags())
          + "\ncard: card-" + plan.layout().configName() + "\nalt: " + post.altText() + "\n";
      Files.writeString(dir.resolve(plan.id() + ".txt"), body, StandardCharsets.UTF_8);
    }
    for (var card : cards.entrySet()) {
      Files.write(dir.resolve("card-" + card.getKey().configName() + "." + card.getValue().extension()), card.getValue().bytes());
    }
    Files.writeString(dir.resolve("article.txt"), describe(article), StandardCharsets.UTF_8);
  }

  private static String describe(Article a) {
    return "url: " + a.url() + "\ntitle: " + a.title() + "\ndescription: " + a.description() + "\nimage: "
        + a.imageUrl() + "\npublished: " + a.publishedAt() + "\nsection: " + a.section() + "\nkeywords: "
        + String.join(", ", a.keywords()) + "\nauthor: " + a.author() + "\nlanguage: " + a.language()
        + "\n\n" + (a.body() == null ? "" : a.body()) + "\n";
  }

  /** An ASCII file name from a headline; headlines with no Latin letters (Hindi) fall back to "article-N". */
  static String slug(String title, int n) {
    String ascii = title == null ? "" : Normalizer.normalize(title, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    if (ascii.length() < 3) return "article-" + n;
    return ascii.length() > 60 ? ascii.substring(0, 60).replaceAll("-[^-]*$", "") : ascii;
  }
}
