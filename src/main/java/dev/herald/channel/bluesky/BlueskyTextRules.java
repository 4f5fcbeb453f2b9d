package dev.herald.channel.bluesky;

import dev.herald.compose.TextRules;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Bluesky counting: graphemes (user-perceived characters), URLs at full
 * length, against a limit of 300. Plain text; links become facets in the channel.
 */
public final class BlueskyTextRules implements TextRules {

  public static final int DEFAULT_MAX = 300;

  /** A link's display form is at most this long, as Bluesky's app cuts links it shows. */
  static final int LINK_TEXT_MAX = 32;

  private static final Pattern GRAPHEME_CLUSTER = Pattern.compile("\\X");

  private final int max;

  public BlueskyTextRules(int max) {
    if (max <= 0) throw new IllegalArgumentException("max <= 0: " + max);
    this.max = max;
  }

  public BlueskyTextRules() {
    this(DEFAULT_MAX);
  }

  @Override
  public int maxLength() {
    return max;
  }

  /**
   * Graphemes, never fewer than Bluesky counts. Java 17's BreakIterator keeps legacy Indic rules
   * that merge a Devanagari conjunct ("स्ते") which Bluesky's UAX #29 counter splits in two, while
   * regex {@code \X} (UAX #29) splits flags and ZWJ emoji less: the larger count is safe for both.
   */
  @Override
  public int length(String text) {
    if (isOneCharPerGrapheme(text)) return text.length();
    var graphemes = BreakIterator.getCharacterInstance();
    graphemes.setText(text);
    int breakIteratorCount = 0;
    while (graphemes.next() != BreakIterator.DONE) breakIteratorCount++;
    int clusterCount = 0;
    for (Matcher clusters = GRAPHEME_CLUSTER.matcher(text); clusters.find(); ) clusterCount++;
    return Math.max(breakIteratorCount, clusterCount);
  }

  /** Below U+0300 (before the combining marks) and without CR, every char is a grapheme of its own. */
  private static boolean isOneCharPerGrapheme(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x300 || c == '\r') return false;
    }
    return true;
  }

  /** Bluesky also refuses text over 3000 UTF-8 bytes (10 per grapheme of the 300), which long Devanagari can reach. */
  @Override
  public boolean fits(String text) {
    return length(text) <= max && text.getBytes(StandardCharsets.UTF_8).length <= max * 10;
  }

  @Override
  public String escape(String plain) {
    return plain;
  }

  /**
   * A link as Bluesky's own app shows one: host and path without scheme, "www." or query, cut to
   * {@value #LINK_TEXT_MAX} characters with "…" ("jaanojunction.com/world/us-has-evi…"). The channel
   * makes it a link facet whose target is the full tracked URL.
   */
  @Override
  public String linkText(String link) {
    HttpUrl url = link == null ? null : HttpUrl.parse(link);
    if (url == null) return link;
    String host = url.host().startsWith("www.") ? url.host().substring(4) : url.host();
    String path = url.encodedPath().equals("/") ? "" : url.encodedPath();
    String shown = host + path;
    return shown.length() <= LINK_TEXT_MAX ? shown : shown.substring(0, LINK_TEXT_MAX - 1) + "…";
  }
}
