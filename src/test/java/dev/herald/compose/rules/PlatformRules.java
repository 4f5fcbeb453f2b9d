package dev.herald.compose.rules;

import dev.herald.compose.TextRules;

/** Test fixture: the text rules for a channel type with stock limits (in production each ChannelProvider says). */
public final class PlatformRules {

  /** Preview output is read by people, not a platform: generous, counted in code points. */
  public static final int PREVIEW_MAX = 4096;

  private PlatformRules() {}

  /**
   * Rules for {@code x}, {@code telegram} (a photo caption, 1024; use {@link TelegramTextRules#message()}
   * for text-only messages), {@code mastodon}, {@code bluesky} and {@code preview}.
   *
   * @throws IllegalArgumentException for any other type
   */
  public static TextRules forType(String channelType) {
    return switch (channelType) {
      case "x" -> new XTextRules();
      case "telegram" -> TelegramTextRules.caption();
      case "mastodon" -> new MastodonTextRules();
      case "bluesky" -> new BlueskyTextRules();
      case "preview" -> new PlainTextRules(PREVIEW_MAX);
      default -> throw new IllegalArgumentException("no text rules for channel type '" + channelType + "'");
    };
  }
}
