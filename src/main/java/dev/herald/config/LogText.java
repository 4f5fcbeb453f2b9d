package dev.herald.config;

/**
 * Log lines quote feed titles, URLs and platform errors: text from outside. One such line must stay
 * one line and must not drive the terminal it is tailed in, so CR, LF and every other control
 * character (C0, DEL, C1, line/paragraph separators, bidi overrides) is written as a visible escape.
 */
public final class LogText {

  private LogText() {}

  public static String escape(String text) {
    if (text == null) return null;
    int first = firstUnsafe(text);
    if (first < 0) return text; // the common case: no copy
    var out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!unsafe(c)) out.append(c);
      else if (c == '\n') out.append("\\n");
      else if (c == '\r') out.append("\\r");
      else out.append(String.format("\\u%04X", (int) c));
    }
    return out.toString();
  }

  private static int firstUnsafe(String text) {
    for (int i = 0; i < text.length(); i++) if (unsafe(text.charAt(i))) return i;
    return -1;
  }

  /** Tab stays: it cannot forge a line or move the cursor anywhere a reader would not expect. */
  static boolean unsafe(char c) {
    return (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }
}
