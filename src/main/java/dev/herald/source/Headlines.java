package dev.herald.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * A headline without the site's name that pages and feeds append to it: "Headline | Jaano Junction",
 * "Headline - jaanojunction.com", "Headline — JAANO JUNCTION". A suffix goes when it names the site
 * (og:site_name, the outlet, the page's host, compared on letters and digits only); a short
 * {@code " | …"} tail also goes from a {@code <title>}, where it is always the site's or section's label.
 */
public final class Headlines {

  private static final List<String> SEPARATORS = List.of(" | ", " - ", " – ", " — ", " :: ", " · ", " • ");

  /** A {@code <title>}'s " | …" tail longer than this is part of the headline, not a label. */
  private static final int MAX_LABEL_WORDS = 4;

  private Headlines() {}

  /** {@code title} without a trailing site name; unchanged when it has none or would be left empty. */
  public static String withoutSiteName(String title, Collection<String> siteNames) {
    return strip(title, siteNames, false);
  }

  /** {@code title} without the outlet's name or its site's host name ("jaanojunction.com") at its end. */
  public static String withoutOutletName(String title, String outletName, String outletUrl) {
    var names = new ArrayList<String>(hostNames(outletUrl));
    if (outletName != null) names.add(outletName);
    return withoutSiteName(title, names);
  }

  /** As {@link #withoutSiteName}, for a page's {@code <title>}: a short trailing " | label" goes too. */
  static String withoutTitleLabel(String title, Collection<String> siteNames) {
    return strip(title, siteNames, true);
  }

  /** True when {@code text} is one of the site's names, compared on letters and digits. */
  static boolean isSiteName(String text, Collection<String> siteNames) {
    String key = key(text);
    return !key.isEmpty() && siteNames.stream().filter(Objects::nonNull).map(Headlines::key).anyMatch(key::equals);
  }

  /** The names a page's host gives a site: "www.jaanojunction.com" → "jaanojunction.com", "jaanojunction". */
  static List<String> hostNames(String pageUrl) {
    HttpUrl url = pageUrl == null ? null : HttpUrl.parse(pageUrl);
    if (url == null) return List.of();
    String host = url.host().startsWith("www.") ? url.host().substring(4) : url.host();
    String registrable = Objects.requireNonNullElse(url.topPrivateDomain(), host);
    int dot = registrable.indexOf('.');
    return dot > 0 ? List.of(host, registrable, registrable.substring(0, dot)) : List.of(host);
  }

  private static String strip(String title, Collection<String> siteNames, boolean fromTitleTag) {
    if (title == null) return null;
    var names = new ArrayList<String>();
    for (String name : siteNames) if (name != null && !key(name).isEmpty()) names.add(key(name));
    String current = title.strip();
    // "Headline | World | Jaano Junction": peel the site, then a section label a <title> carries.
    for (boolean changed = true; changed; ) {
      changed = false;
      for (String separator : SEPARATORS) {
        int at = current.lastIndexOf(separator);
        if (at <= 0) continue;
        String head = current.substring(0, at).strip();
        String tail = current.substring(at + separator.length()).strip();
        if (head.isEmpty()) continue;
        boolean site = names.contains(key(tail));
        boolean label = fromTitleTag && separator.equals(" | ") && words(tail) <= MAX_LABEL_WORDS && words(head) > words(tail);
        if (site || label) {
          current = head;
          changed = true;
          break;
        }
      }
    }
    return current;
  }

  private static int words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }

  /** Letters and digits, lower-cased: "Jaano Junction", "JAANO JUNCTION" and "jaanojunction" compare equal. */
  private static String key(String text) {
    var out = new StringBuilder(text.length());
    text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
    return out.toString();
  }
}
