package dev.herald.compose;

import dev.herald.channel.HttpClients;
import dev.herald.config.ChannelConfig;
import dev.herald.config.HashtagSettings;
import dev.herald.source.Article;
import dev.herald.source.ArticleExtractor;
import dev.herald.source.Fetcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real-style article pages (src/test/resources/compose/pages/) read and composed the way production does:
 * {@link ArticleExtractor#fromPage}, the {@link ExtractiveSummarizer}, then the {@link Composer} with the
 * installed provider's text rules and default template for the channel's settings — no copies of their rules.
 */
public final class EditorialPages {

  public static final String BLINKEN = "blinken-china-elections";
  public static final String HINDI_FOREST_FIRE = "hindi-nainital-forest-fire";
  public static final String CYCLONE = "cyclone-michaung-landfall";
  public static final String ELECTORAL_BONDS = "electoral-bonds-ruling";
  public static final String SENSEX = "sensex-record-close";
  public static final List<String> ALL = List.of(BLINKEN, HINDI_FOREST_FIRE, CYCLONE, ELECTORAL_BONDS, SENSEX);

  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(new Fetcher(HttpClients.shared()));

  private EditorialPages() {}

  private static final Map<String, Article> READ = new ConcurrentHashMap<>();

  /** The page as the extractor reads it, at https://www.jaanojunction.com/news/&lt;name&gt;. */
  public static Article article(String name) {
    return READ.computeIfAbsent(name, EditorialPages::read);
  }

  private static Article read(String name) {
    try (InputStream in = EditorialPages.class.getResourceAsStream("/compose/pages/" + name + ".html")) {
      if (in == null) throw new IllegalArgumentException("no page compose/pages/" + name + ".html");
      return EXTRACTOR.fromPage("https://www.jaanojunction.com/news/" + name, in.readAllBytes(), "text/html; charset=utf-8");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static final HashtagSettings TAGS = ComposerTest.TAGS;

  public static ComposedPost compose(Article article, String type) {
    return compose(article, type, ComposerTest.TAGS, Map.of());
  }

  public static ComposedPost compose(Article article, String type, HashtagSettings tags, Map<String, String> settings) {
    return compose(article, type, null, tags, settings);
  }

  /** With the channel's own {@code template} (null: the provider's default). */
  public static ComposedPost compose(Article article, String type, String template, HashtagSettings tags,
      Map<String, String> settings) {
    var provider = Platforms.provider(type);
    ChannelConfig channel = ComposerTest.channel(type, template, tags, settings);
    return new Composer().compose(article, new ExtractiveSummarizer().summarize(article), channel, type,
        provider.textRules(channel), provider.defaultTemplate(channel), ComposerTest.OUTLET);
  }

  /** The post's summary: what stands between the headline and the link or tags, as the template lays it out. */
  public static String summaryLine(ComposedPost post) {
    return post.text().split("\n\n")[1];
  }
}
