package dev.herald.card;

import dev.herald.config.Brand;
import java.awt.Color;
import java.nio.file.Path;

/** The brand's colours parsed once per render, with Herald's defaults for anything missing or malformed. */
record BrandTheme(Color primary, Color text, Color accent, Path logo, Path headlineFont, Path bodyFont) {

  static final Color DEFAULT_PRIMARY = new Color(0xB3122E);

  static BrandTheme of(Brand brand) {
    if (brand == null) return new BrandTheme(DEFAULT_PRIMARY, Color.WHITE, DEFAULT_PRIMARY, null, null, null);
    var primary = parse(brand.primaryColor(), DEFAULT_PRIMARY);
    return new BrandTheme(primary, parse(brand.textColor(), Color.WHITE), parse(brand.accentColor(), primary),
        brand.logo(), brand.headlineFont(), brand.bodyFont());
  }

  static Color parse(String hex, Color fallback) {
    if (hex == null) return fallback;
    var s = hex.strip();
    if (!s.matches("#?[0-9a-fA-F]{6}")) return fallback;
    return new Color(Integer.parseInt(s.startsWith("#") ? s.substring(1) : s, 16));
  }

  static Color darker(Color c, double factor) {
    return new Color((int) (c.getRed() * factor), (int) (c.getGreen() * factor), (int) (c.getBlue() * factor));
  }
}
