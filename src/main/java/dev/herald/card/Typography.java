package dev.herald.card;

/** Display-type touches a copy desk would make before setting a headline large. */
final class Typography {

  private Typography() {}

  /**
   * Straight quotes become curly ones: after a letter, digit or closing punctuation a quote closes
   * (or is an apostrophe), anywhere else it opens. Only the drawn headline changes, never alt text.
   */
  static String smartQuotes(String text) {
    var out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean closes = i > 0 && closesAfter(text.charAt(i - 1));
      out.append(switch (c) {
        case '\'' -> closes ? '’' : '‘';
        case '"' -> closes ? '”' : '“';
        default -> c;
      });
    }
    return out.toString();
  }

  private static boolean closesAfter(char previous) {
    return Character.isLetterOrDigit(previous) || Character.getType(previous) == Character.NON_SPACING_MARK
        || Character.getType(previous) == Character.COMBINING_SPACING_MARK || ".,!?;:)]…’”".indexOf(previous) >= 0;
  }
}
