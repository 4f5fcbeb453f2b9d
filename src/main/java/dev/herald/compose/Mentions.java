package dev.herald.compose;

import dev.herald.config.ChannelConfig;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Keeps feed text from notifying accounts: X's automation rules forbid unsolicited automated mentions,
 * and a headline quoting "@someone" would otherwise ping them on every post. An {@code @} that starts a
 * handle gets U+2060 WORD JOINER after it. The text looks and wraps exactly as before (the joiner is
 * invisible and forbids a break, unlike a zero-width space), but X's twitter-text and Mastodon both
 * require a handle character right after the {@code @}, so neither parses a mention. Email addresses
 * ({@code desk@outlet.com}) are untouched: their {@code @} follows a word character.
 */
public final class Mentions {

  /** Channel types whose posts neutralise mentions unless the channel says {@code mentions: keep}. */
  public static final Set<String> NEUTRALISED_BY_DEFAULT = Set.of("x", "mastodon", "threads");

  static final char WORD_JOINER = '\u2060';

  // An @ (or X's full-width ＠) not preceded by what makes it part of an address, a URL or a word,
  // followed by a handle character.
  private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.+\\-@＠!#$%&*/:=])([@＠])(?=[\\p{L}\\p{N}_])");

  private Mentions() {}

  /** What {@code channel} does to mentions: neutralise them, or leave the text alone. */
  public static UnaryOperator<String> forChannel(ChannelConfig channel, String channelType) {
    return neutralises(channel, channelType) ? Mentions::neutralise : UnaryOperator.identity();
  }

  static boolean neutralises(ChannelConfig channel, String channelType) {
    String setting = channel.setting(ChannelConfig.MENTIONS).orElse(null);
    if (setting != null) return !setting.toLowerCase(Locale.ROOT).equals("keep");
    return channelType != null && NEUTRALISED_BY_DEFAULT.contains(channelType);
  }

  /** {@code text} with every handle's {@code @} followed by a word joiner. */
  public static String neutralise(String text) {
    if (text == null || (text.indexOf('@') < 0 && text.indexOf('＠') < 0)) return text;
    return MENTION.matcher(text).replaceAll("$1" + WORD_JOINER);
  }
}
