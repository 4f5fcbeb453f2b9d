package dev.herald.config;

/**
 * Campaign tags added to a channel's links. {@code source} defaults to the channel's type,
 * {@code medium} to "social", {@code campaign} to "herald". {@link #OFF} adds nothing.
 */
public record Utm(boolean enabled, String source, String medium, String campaign) {

  public static final Utm OFF = new Utm(false, null, null, null);
}
