package dev.herald.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.config.HashtagSettings;
import dev.herald.source.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Many odd articles, seeded so a failure replays: every post fits and carries its link. */
class ComposerFitsEverythingTest {

  private static final String[] WORDS = {
      "Blinken", "China", "elections", "&", "<Q4>", "\"quoted\"", "'single'", "AT&T", "🚀", "🇮🇳", "👨‍👩‍👧‍👦",
      "उत्तराखंड", "नैनीताल", "क्षि", "सेना।", "Rs.", "3.5", "U.S.", "e.g.", "said.", "why?", "now!", "日本語",
      "supercalifragilisticexpialidocious", "—", "…", "#tag", "https://example.com/x?a=1&b=2", "ok"};

  private final Composer composer = new Composer();
  private final Summarizer summarizer = new ExtractiveSummarizer();

  @Test
  void everyPostFitsItsPlatformAndHoldsTheLinkWhereItsTemplateShowsIt() {
    var random = new Random(20240427L);
    for (int i = 0; i < 150; i++) {
      var article = randomArticle(random);
      var summary = summarizer.summarize(article);
      for (String type : List.of("x", "telegram", "mastodon", "bluesky")) {
        var rules = Platforms.rules(type);
        var channel = ComposerTest.channel(type, null, new HashtagSettings(4, Map.of(), List.of("JaanoJunction")), Map.of());

        var post = composer.compose(article, summary, channel, type, rules, Platforms.template(type), ComposerTest.OUTLET);

        String context = type + " #" + i + ": " + article.title();
        assertThat(rules.fits(post.text())).as(context).isTrue();
        if (PostTemplate.compile(Platforms.template(type)).uses("url"))
          assertThat(post.text()).as(context).contains(rules.escape(rules.linkText(post.link())));
        else assertThat(post.text()).as(context).doesNotContain(rules.escape(post.link()));
        if (type.equals("telegram")) assertThat(TelegramHtml.problems(post.text())).as(context).isEmpty();
      }
    }
  }

  private static Article randomArticle(Random random) {
    String url = "https://www.jaanojunction.com/" + "s".repeat(random.nextInt(120)) + "?id=" + random.nextInt(1000);
    var keywords = new ArrayList<String>();
    for (int k = random.nextInt(6); k > 0; k--) keywords.add(words(random, 1 + random.nextInt(3)));
    return new Article(url, null, null, words(random, 1 + random.nextInt(70)), words(random, random.nextInt(60)),
        paragraphs(random), null, Instant.EPOCH, words(random, random.nextInt(2)), keywords, null, "en");
  }

  private static String paragraphs(Random random) {
    var body = new StringBuilder();
    for (int p = random.nextInt(6); p > 0; p--) {
      for (int s = 1 + random.nextInt(4); s > 0; s--) body.append(words(random, 2 + random.nextInt(40))).append(". ");
      body.append("\n\n");
    }
    return body.toString();
  }

  private static String words(Random random, int count) {
    var text = new StringBuilder();
    for (int w = 0; w < count; w++) text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    return text.toString();
  }
}
