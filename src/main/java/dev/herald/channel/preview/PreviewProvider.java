package dev.herald.channel.preview;

import dev.herald.compose.Templates;
import dev.herald.compose.rules.PlainTextRules;
import dev.herald.card.CardLayout;
import dev.herald.channel.Channel;
import dev.herald.channel.ChannelContext;
import dev.herald.channel.ChannelProvider;
import dev.herald.compose.TextRules;
import dev.herald.config.ChannelConfig;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Set;

/** The {@code preview} channel type: writes posts and cards under {@code dir} and needs no account. */
public final class PreviewProvider implements ChannelProvider {

  static final String DEFAULT_DIR = "out/";

  @Override
  public String type() {
    return "preview";
  }

  @Override
  public Set<String> keys() {
    return Set.of("dir");
  }

  @Override
  public Set<String> requiredKeys() {
    return Set.of();
  }

  @Override
  public Set<String> secretKeys() {
    return Set.of();
  }

  @Override
  public TextRules textRules(ChannelConfig config) {
    return new PlainTextRules(10_000);
  }

  @Override
  public String defaultTemplate() {
    return Templates.PREVIEW;
  }

  @Override
  public CardLayout defaultCard() {
    return CardLayout.LANDSCAPE;
  }

  @Override
  public long maxImageBytes() {
    return 10_000_000L;
  }

  /** {@code dir} resolves against the working directory; throws IllegalArgumentException when it is not a path. */
  @Override
  public Channel create(ChannelConfig config, ChannelContext context) {
    String dir = config.setting("dir", DEFAULT_DIR);
    try {
      return new PreviewChannel(config.id(), Path.of(dir));
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("channel " + config.id() + ": dir is not a usable path: " + dir, e);
    }
  }
}
