package dev.herald.config;

import java.nio.file.Path;

/**
 * The outlet's look on headline cards. Colours are "#RRGGBB". {@code logo} may be null (the
 * outlet's name is set in type instead); {@code headlineFont}/{@code bodyFont} may be null
 * (the bundled Noto fonts are used).
 */
public record Brand(
    String primaryColor, String textColor, String accentColor, Path logo, Path headlineFont, Path bodyFont) {}
