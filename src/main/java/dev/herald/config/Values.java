package dev.herald.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsers for the config's value formats. Each throws IllegalArgumentException on bad input; the
 * caller turns that into a problem naming what was expected.
 */
final class Values {

  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
  private static final Pattern DURATION = Pattern.compile("(?:\\d+[smhd])+");
  private static final Pattern DURATION_PART = Pattern.compile("(\\d+)([smhd])");
  private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");
  private static final Pattern WINDOW = Pattern.compile("(\\S+)\\s*-\\s*(\\S+)");
  private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

  private Values() {}

  /** {@code 30s}, {@code 2m}, {@code 1h}, {@code 1d}, combinations like {@code 1h30m}, or ISO-8601 {@code PT2M}. */
  static Duration duration(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.startsWith("p")) return isoDuration(t.toUpperCase(Locale.ROOT));
    if (!DURATION.matcher(t).matches()) throw new IllegalArgumentException(text);
    Duration total = Duration.ZERO;
    Matcher part = DURATION_PART.matcher(t);
    while (part.find()) {
      long n = Long.parseLong(part.group(1));
      total = total.plus(switch (part.group(2)) {
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      });
    }
    return total;
  }

  private static Duration isoDuration(String text) {
    try {
      return Duration.parse(text);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  static LocalTime time(String text) {
    Matcher m = TIME.matcher(text.strip());
    if (!m.matches()) throw new IllegalArgumentException(text);
    return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** "HH:mm-HH:mm", may cross midnight; a window that starts where it ends is refused. */
  static QuietHours quietHours(String text) {
    Matcher m = WINDOW.matcher(text.strip());
    if (!m.matches()) throw new IllegalArgumentException(text);
    var window = new QuietHours(time(m.group(1)), time(m.group(2)));
    if (window.isNone()) throw new IllegalArgumentException(text);
    return window;
  }

  /** "#RRGGBB", returned upper-cased. */
  static String colour(String text) {
    if (!COLOUR.matcher(text.strip()).matches()) throw new IllegalArgumentException(text);
    return text.strip().toUpperCase(Locale.ROOT);
  }

  static ZoneId zone(String text) {
    try {
      return ZoneId.of(text.strip());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  static String language(String text) {
    if (!LANGUAGE.matcher(text.strip()).matches()) throw new IllegalArgumentException(text);
    return text.strip();
  }

  static String id(String text) {
    if (!ID.matcher(text).matches()) throw new IllegalArgumentException(text);
    return text;
  }

  private static final Pattern HOST_NAME = Pattern.compile(
      "(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
  private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
  private static final Pattern DIGITS_AND_DOTS = Pattern.compile("[0-9.]+");

  /** An IPv4 or IPv6 literal (no brackets) or a host name; never looked up here. */
  static String hostOrAddress(String text) {
    String t = text.strip();
    if (t.contains(":")) {
      if (!t.matches("[0-9A-Fa-f:.]+")) throw new IllegalArgumentException(text);
      try {
        java.net.InetAddress.getByName(t); // a literal: parsed, not resolved
        return t;
      } catch (java.net.UnknownHostException e) {
        throw new IllegalArgumentException(text, e);
      }
    }
    if (DIGITS_AND_DOTS.matcher(t).matches() ? IPV4.matcher(t).matches() : HOST_NAME.matcher(t).matches()) return t;
    throw new IllegalArgumentException(text);
  }

  /** An absolute http(s) URL with a host. */
  static String httpUrl(String text) {
    URI uri = uri(text.strip());
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean web = scheme.equals("http") || scheme.equals("https");
    if (!web || uri.getHost() == null) throw new IllegalArgumentException(text);
    return text.strip();
  }

  /** An http(s) URL, a {@code file:} URL, or a filesystem path (kept as written, relative or not). */
  static String feedLocation(String text) {
    String t = text.strip();
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.startsWith("file:")) {
      uri(t);
      return t;
    }
    if (lower.matches("[a-z][a-z0-9+.-]*://.*")) return httpUrl(t);
    try {
      Path.of(t);
      return t;
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  static Path path(String text) {
    try {
      return Path.of(text.strip());
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  /** A hashtag without its '#': letters (any script, with their marks), digits and underscores. */
  static String hashtag(String text) {
    String t = text.strip();
    if (t.startsWith("#")) t = t.substring(1);
    if (!t.matches("[\\p{L}\\p{M}\\p{N}_]+")) throw new IllegalArgumentException(text);
    return t;
  }

  private static URI uri(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(text, e);
    }
  }
}
