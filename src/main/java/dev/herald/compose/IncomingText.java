package dev.herald.compose;

import dev.herald.config.ChannelConfig;
import dev.herald.source.Article;
import dev.herald.source.SafeText;
import java.util.function.UnaryOperator;

/**
 * Article text as it enters composing for one channel: cleaned of control characters, bidi overrides
 * and lone surrogates ({@link SafeText}), and with mentions neutralised where the channel wants it
 * ({@link Mentions}). The composer calls this once per post, before any template sees the text.
 */
record IncomingText(Article article, Summary summary) {

  static IncomingText of(Article article, Summary summary, ChannelConfig channel, String channelType) {
    UnaryOperator<String> mentions = Mentions.forChannel(channel, channelType);
    Article clean = SafeText.clean(article);
    Article forPost = new Article(clean.url(), clean.guid(), clean.sourceId(), mentions.apply(clean.title()),
        mentions.apply(clean.description()), clean.body(), clean.imageUrl(), clean.publishedAt(), clean.section(),
        clean.keywords(), clean.author(), clean.language(), clean.imageAlt(), clean.shortHeadlines());
    var sentences = (summary == null ? Summary.EMPTY : summary).sentences().stream()
        .map(s -> new Summary.Sentence(mentions.apply(SafeText.clean(s.text())), s.position(), s.score()))
        .toList();
    return new IncomingText(forPost, new Summary(sentences));
  }
}
