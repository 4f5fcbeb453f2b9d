package dev.herald.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words Herald itself puts into a post or on a card ("Read more", "Read on Jaano Junction", dates),
 * in the article's language: one resource bundle per language under {@code src/main/resources/i18n/}
 * ({@code herald.properties} English, {@code herald_hi.properties} Hindi). A language without a bundle
 * gets English, never the server's own locale. Depends on nothing else in Herald, so the composer,
 * the platforms and the card renderer can all ask it. Thread-safe; instances are cached per language.
 */
public final class Strings {

  /** Link text of a post's call to action: "Read more". */
  public static final String READ_MORE = "readMore";
  /** Instagram's pointer to the profile link, which captions cannot carry: "Link in bio". */
  public static final String LINK_IN_BIO = "linkInBio";
  /** A button to the article, {0} the outlet's name: "Read on {0}". */
  public static final String READ_ON = "readOn";
  /** {@link DateTimeFormatter} pattern for a post's or card's date. */
  public static final String DATE_PATTERN = "datePattern";

  private static final String BUNDLE = "i18n.herald";
  private static final Map<String, Strings> CACHE = new ConcurrentHashMap<>();

  private final ResourceBundle bundle;
  private final DateTimeFormatter date;

  private Strings(ResourceBundle bundle) {
    this.bundle = bundle;
    this.date = DateTimeFormatter.ofPattern(bundle.getString(DATE_PATTERN), locale());
  }

  /** The strings for a language tag ("hi", "hi-IN", "en"); English for null, blank or an unshipped language. */
  public static Strings of(String languageTag) {
    String language = languageTag == null || languageTag.isBlank() ? "en"
        : Locale.forLanguageTag(languageTag.strip().replace('_', '-')).getLanguage();
    return CACHE.computeIfAbsent(language.isEmpty() ? "en" : language, Strings::load);
  }

  private static Strings load(String language) {
    var noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    return new Strings(ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language), Strings.class.getClassLoader(), noFallback));
  }

  /** The language whose bundle answers ("en" when the asked one is not shipped). */
  public String language() {
    String language = bundle.getLocale().getLanguage();
    return language.isEmpty() ? "en" : language;
  }

  public Locale locale() {
    return Locale.forLanguageTag(language());
  }

  /** The string for {@code key}; {@code {0}}, {@code {1}}… replaced by {@code args} in order. */
  public String get(String key, Object... args) {
    String text;
    try {
      text = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("no string \"" + key + "\" for language " + language(), e);
    }
    for (int i = 0; i < args.length; i++) text = text.replace("{" + i + "}", String.valueOf(args[i]));
    return text;
  }

  /** A date as this language writes it: "2 Dec 2026", "2 दिसंबर 2026"; "" for null. */
  public String date(LocalDate day) {
    return day == null ? "" : date.format(day);
  }

  /** Every key of the bundle, for checks that all languages say everything. */
  public Set<String> keys() {
    return bundle.keySet();
  }
}
