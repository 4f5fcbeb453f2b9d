package dev.herald.cli;

import java.util.regex.Pattern;

/**
 * Text from feeds and platforms made safe to print in a terminal: ANSI/OSC escape sequences (colour,
 * cursor moves, window titles, OSC 8 links, clipboard writes) are dropped whole, other control
 * characters and bidi overrides removed, and line breaks become spaces so a value cannot forge a line.
 */
final class TerminalText {

  // ESC or its 8-bit C1 form: CSI … final byte; OSC/DCS/SOS/PM/APC … up to BEL or ST; any other ESC + one char.
  private static final Pattern SEQUENCE = Pattern.compile(
      "(?:\\u001B\\[|\\u009B)[0-?]*[ -/]*[@-~]?"
          + "|(?:\\u001B[\\]P X^_]|[\\u009D\\u0090\\u0098\\u009E\\u009F])[^\\u0007\\u001B\\u009C]*(?:\\u0007|\\u001B\\\\|\\u009C)?"
          + "|\\u001B.?", Pattern.DOTALL);
  private static final Pattern BREAKS = Pattern.compile("[\\r\\n\\t\\u2028\\u2029\\u0085]+");
  private static final Pattern CONTROLS = Pattern.compile("[\\u0000-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069]");

  private TerminalText() {}

  static String clean(String text) {
    if (text == null || text.isEmpty() || !hasControls(text)) return text;
    String noSequences = SEQUENCE.matcher(text).replaceAll("");
    return CONTROLS.matcher(BREAKS.matcher(noSequences).replaceAll(" ")).replaceAll("");
  }

  private static boolean hasControls(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= '\u2028' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) return true;
    }
    return false;
  }
}
