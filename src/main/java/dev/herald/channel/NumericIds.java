package dev.herald.channel;

import dev.herald.config.PlatformSettings;

/** Meta and LinkedIn ids are digits only; a pasted URL or handle would fail every post, so create refuses it. */
public final class NumericIds {

  private NumericIds() {}

  /** The value of {@code key}, or IllegalArgumentException naming the channel and the key. */
  public static String read(PlatformSettings settings, String key) {
    String value = settings.text(key);
    if (!value.matches("\\d{1,30}")) {
      throw new IllegalArgumentException("channel " + settings.channelId() + ": " + key + " must be the numeric id, not '" + value + "'");
    }
    return value;
  }
}
