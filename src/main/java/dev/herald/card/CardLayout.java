package dev.herald.card;

import java.util.Locale;
import java.util.Optional;

/** Card sizes a channel can ask for with {@code card: <name>}. */
public enum CardLayout {
  LANDSCAPE(1200, 675),
  OG(1200, 630),
  SQUARE(1080, 1080),
  PORTRAIT(1080, 1350),
  STORY(1080, 1920);

  public final int width;
  public final int height;

  CardLayout(int width, int height) {
    this.width = width;
    this.height = height;
  }

  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<CardLayout> fromConfig(String name) {
    if (name == null) return Optional.empty();
    for (CardLayout l : values()) if (l.configName().equals(name.trim().toLowerCase(Locale.ROOT))) return Optional.of(l);
    return Optional.empty();
  }
}
