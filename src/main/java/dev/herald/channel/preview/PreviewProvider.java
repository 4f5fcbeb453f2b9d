package dev.herald.channel.preview;

import dev.herald.compose.PlainTextRules;
import dev.herald.card.CardLayout;
import dev.herald.channel.Channel;
import dev.herald.channel.ChannelContext;
import dev.herald.channel.ChannelProvider;
import dev.herald.compose.TextRules;
import dev.herald.config.ChannelConfig;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import dev.herald.config.Setting;
import dev.herald.config.SettingsSchema;

/** The {@code preview} channel type: writes posts and cards under {@code dir} and needs no account. */
public final class PreviewProvider implements ChannelProvider {

  static final String DEFAULT_DIR = "out/";

  /** Preview output is read by people, not a platform: generous, counted in code points. */
  static final int MAX_LENGTH = 10_000;

  static final SettingsSchema SETTINGS = SettingsSchema.of(Setting.text("dir", DEFAULT_DIR));

  /** What a manager checks before a channel goes live: everything, with the byline. */
  static final String TEMPLATE = """
      {{headline}}
      {{#section}}{{section}} · {{/section}}{{date}}{{#author}} · {{author}}{{/author}}

      {{summary}}

      {{url}}
      {{hashtags}}
      """;

  @Override
  public String type() {
    return "preview";
  }

  @Override
  public SettingsSchema settings() {
    return SETTINGS;
  }

  @Override
  public TextRules textRules(ChannelConfig config) {
    return new PlainTextRules(MAX_LENGTH);
  }

  @Override
  public String defaultTemplate() {
    return TEMPLATE;
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
