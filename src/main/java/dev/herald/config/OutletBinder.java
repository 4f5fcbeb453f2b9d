package dev.herald.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

/** Reads {@code outlet} and its {@code brand}. Missing logo or font files are warnings: cards fall back. */
final class OutletBinder {

  static final String PRIMARY = "#B3122E";
  static final String TEXT = "#FFFFFF";
  static final String ACCENT = "#FFC94A";

  private final Problems problems;

  OutletBinder(Problems problems) {
    this.problems = problems;
  }

  Outlet bind(Section outlet) {
    String name = outlet.required("name");
    String url = outlet.parsed("url", null, Values::httpUrl, "an http(s) URL");
    String language = outlet.parsed("language", "en", Values::language, "a language code like en or hi");
    ZoneId zone = outlet.parsed("timezone", ZoneId.of("UTC"), Values::zone, "a timezone name like Asia/Kolkata or UTC");
    String handle = outlet.text("handle", null);
    Brand brand = brand(outlet.section("brand"));
    outlet.rejectUnknownKeys();
    return new Outlet(name, url, language, zone, handle, brand);
  }

  private Brand brand(Section brand) {
    String colour = "a colour like \"#B3122E\" (quote it: # starts a YAML comment)";
    String primary = brand.parsed("primaryColor", PRIMARY, Values::colour, colour);
    String text = brand.parsed("textColor", TEXT, Values::colour, colour);
    String accent = brand.parsed("accentColor", ACCENT, Values::colour, colour);
    Path logo = file(brand, "logo", "cards show the outlet's name instead");
    Path headlineFont = file(brand, "headlineFont", "the bundled Noto fonts are used");
    Path bodyFont = file(brand, "bodyFont", "the bundled Noto fonts are used");
    brand.rejectUnknownKeys();
    return new Brand(primary, text, accent, logo, headlineFont, bodyFont);
  }

  /** A path relative to the working directory; a file that is not there is a warning and null. */
  private Path file(Section section, String key, String fallbackNote) {
    Path path = section.parsed(key, null, Values::path, "a file path");
    if (path == null || Files.isRegularFile(path)) return path;
    var node = section.node(key).orElseThrow();
    problems.warn(node, "file not found: " + path + " (looked in " + path.toAbsolutePath().getParent() + ") — " + fallbackNote);
    return null;
  }
}
