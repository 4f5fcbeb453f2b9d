package dev.herald.channel.linkedin;

import dev.herald.compose.TextRules;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LinkedIn's "little" text format for a post's commentary. Its reserved characters
 * {@code | { } @ [ ] ( ) < > # \ * _ ~} must be backslash-escaped, or LinkedIn silently cuts the
 * post at the first one. A hashtag is not escaped but written in LinkedIn's own syntax,
 * {@code {hashtag|\#|Tag}}, so it stays a clickable tag. Limit 3,000 characters; counted on the
 * escaped text in UTF-16 units, which is never less than what LinkedIn shows or counts.
 */
public final class LinkedInTextRules implements TextRules {

  public static final int MAX = 3_000;

  /** A '#' that starts a word and is followed by a tag with at least one letter (Devanagari included). */
  private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{M}\\p{Nd}_])#([\\p{L}\\p{M}\\p{Nd}_]*\\p{L}[\\p{L}\\p{M}\\p{Nd}_]*)");
  private static final String RESERVED = "|{}@[]()<>#\\*_~";

  @Override
  public int maxLength() {
    return MAX;
  }

  @Override
  public int length(String text) {
    return text.length();
  }

  @Override
  public String escape(String plain) {
    var out = new StringBuilder(plain.length() + 16);
    Matcher tag = HASHTAG.matcher(plain);
    int from = 0;
    while (tag.find()) {
      escapeInto(out, plain, from, tag.start());
      out.append("{hashtag|\\#|");
      escapeInto(out, plain, tag.start(1), tag.end(1));
      out.append('}');
      from = tag.end();
    }
    escapeInto(out, plain, from, plain.length());
    return out.toString();
  }

  private static void escapeInto(StringBuilder out, String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (RESERVED.indexOf(c) >= 0) out.append('\\');
      out.append(c);
    }
  }
}
