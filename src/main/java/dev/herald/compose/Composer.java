package dev.herald.compose;

import dev.herald.config.ChannelConfig;
import dev.herald.config.Outlet;
import dev.herald.i18n.Strings;
import dev.herald.source.Article;
import dev.herald.source.Headlines;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes an article's post for one channel from its template, fitted to the platform's limit as
 * the platform counts it (see {@link PostFitter} for what gives way first). Thread-safe; compiled
 * templates are cached. Pure: composing the same inputs twice gives the same post.
 */
public final class Composer {

  /** A post is a teaser, not the article: even where the limit allows more, three sentences at most. */
  public static final int DEFAULT_MAX_SENTENCES = 3;

  /** Templates come from config, so there are few; the bound only guards against a misuse. */
  private static final int MAX_CACHED_TEMPLATES = 256;

  private final Map<String, PostTemplate> templates = new ConcurrentHashMap<>();
  private final int maxSentences;

  public Composer() {
    this(DEFAULT_MAX_SENTENCES);
  }

  public Composer(int maxSentences) {
    if (maxSentences < 1) throw new IllegalArgumentException("maxSentences < 1: " + maxSentences);
    this.maxSentences = maxSentences;
  }

  /**
   * The post for {@code channel}: its {@code template}, or {@code defaultTemplate} (the provider's)
   * when it has none, with the variables of {@link Templates} filled with values escaped by
   * {@code rules}. The text always satisfies {@code rules.fits} and holds the link whenever the
   * template has {@code {{url}}} and the link fits at all. Article text is cleaned of control and bidi
   * characters, and mentions are neutralised where the channel wants it ({@link IncomingText}), before
   * the template sees it.
   *
   * @throws IllegalArgumentException when the template is not valid mustache
   */
  public ComposedPost compose(Article article, Summary summary, ChannelConfig channel, String channelType,
      TextRules rules, String defaultTemplate, Outlet outlet) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(rules, "rules");
    var incoming = IncomingText.of(withoutOutletName(article, outlet), summary, channel, channelType);
    return composeClean(incoming.article(), incoming.summary(), channel, channelType, rules, defaultTemplate, outlet);
  }

  private ComposedPost composeClean(Article article, Summary summary, ChannelConfig channel, String channelType,
      TextRules rules, String defaultTemplate, Outlet outlet) {
    PostTemplate template = template(hasText(channel.template()) ? channel.template() : defaultTemplate);
    String link = UtmLinks.apply(article.url(), channel.utm(), channelType);
    List<String> hashtags = template.uses("hashtags") ? Hashtags.of(article, channel.hashtags()) : List.of();
    var fitter = new PostFitter(template, fixedValues(article, link, channel, outlet, rules), rules,
        Math.min(maxSentences, rules.maxSentences()));
    var fitted = fitter.fit(PlainText.oneLine(article.title()), summary == null ? Summary.EMPTY : summary,
        PlainText.oneLine(article.description()), hashtags);
    return new ComposedPost(fitted.text(), link, fitted.hashtags(), AltText.of(article));
  }

  /** "Headline - Jaano Junction" from a feed: the outlet's name is not part of the story's headline. */
  static Article withoutOutletName(Article article, Outlet outlet) {
    if (outlet == null || article.title() == null) return article;
    return article.withTitle(Headlines.withoutOutletName(article.title(), outlet.name(), outlet.url()));
  }

  private PostTemplate template(String source) {
    if (source == null) throw new IllegalArgumentException("no post template: the channel has none and no default was given");
    if (templates.size() > MAX_CACHED_TEMPLATES) templates.clear();
    return templates.computeIfAbsent(source, PostTemplate::compile);
  }

  private static Map<String, String> fixedValues(Article article, String link, ChannelConfig channel, Outlet outlet,
      TextRules rules) {
    String language = hasText(article.language()) ? article.language() : outlet == null ? "" : outlet.language();
    var values = new HashMap<String, String>();
    values.put("url", link == null ? "" : rules.linkText(link));
    values.put("section", PlainText.oneLine(article.section()));
    values.put("author", PlainText.oneLine(article.author()));
    values.put("outlet", outlet == null ? "" : PlainText.oneLine(outlet.name()));
    // A channel may speak for the outlet under another name (a Mastodon or Bluesky handle).
    values.put("handle", channel.setting("handle").orElse(outlet == null ? "" : PlainText.oneLine(outlet.handle())));
    var strings = Strings.of(language);
    values.put("date", date(article, outlet, strings));
    values.put("language", language == null ? "" : language);
    values.put(Strings.READ_MORE, strings.get(Strings.READ_MORE));
    values.put(Strings.LINK_IN_BIO, strings.get(Strings.LINK_IN_BIO));
    values.replaceAll((name, value) -> rules.escape(value));
    return values;
  }

  private static String date(Article article, Outlet outlet, Strings strings) {
    if (article.publishedAt() == null) return "";
    var zone = outlet == null || outlet.timezone() == null ? ZoneOffset.UTC : outlet.timezone();
    return strings.date(article.publishedAt().atZone(zone).toLocalDate());
  }


  private static boolean hasText(String text) {
    return text != null && !text.isBlank();
  }
}
