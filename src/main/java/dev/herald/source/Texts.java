package dev.herald.source;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.jsoup.select.NodeVisitor;

/** Plain-text helpers shared by the parsers: HTML to text, whitespace tidy, script detection. */
final class Texts {

  private static final Evaluator DROPPED = QueryParser.parse("script, style, noscript, iframe, template, svg, form, button");

  private Texts() {}

  static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  static String blankToNull(String s) {
    return isBlank(s) ? null : s.strip();
  }

  /** Inline HTML or entity-laden text to one tidy line: tags stripped, entities decoded. */
  static String plain(String htmlOrText) {
    if (htmlOrText == null) return null;
    String text = htmlOrText.indexOf('<') >= 0 || htmlOrText.indexOf('&') >= 0
        ? Jsoup.parseBodyFragment(htmlOrText).text()
        : htmlOrText;
    return blankToNull(collapseWhitespace(text));
  }

  /** HTML to plain text with one blank line between paragraphs (block elements) and line breaks kept. */
  static String paragraphs(String html) {
    if (isBlank(html)) return null;
    Element body = Jsoup.parseBodyFragment(html).body();
    body.select(DROPPED).remove();
    return paragraphs(body);
  }

  static String paragraphs(Element root) {
    var out = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override public void head(Node node, int depth) {
        if (node instanceof TextNode text) out.append(collapseWhitespace(text.getWholeText()));
        else if (node instanceof Element e && e.nameIs("br")) out.append('\n');
        else if (node instanceof Element e && e.isBlock()) out.append("\n\n");
      }

      @Override public void tail(Node node, int depth) {
        if (node instanceof Element e && e.isBlock() && !e.nameIs("br")) out.append("\n\n");
      }
    }, root);
    return tidy(out.toString());
  }

  /** Every run of whitespace (line breaks and no-break spaces included) becomes one space. */
  static String collapseWhitespace(String text) {
    if (isCollapsed(text)) return text;
    var out = new StringBuilder(text.length());
    boolean inSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
      if (space && !inSpace) out.append(' ');
      if (!space) out.append(c);
      inSpace = space;
    }
    return out.toString();
  }

  // Most text is already tidy: answer that without copying it.
  private static boolean isCollapsed(String text) {
    boolean previousSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > ' ' && c < 0x80) {
        previousSpace = false;
        continue;
      }
      boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
      if (space && (c != ' ' || previousSpace)) return false;
      previousSpace = space;
    }
    return true;
  }

  /** Collapses runs of spaces, trims every line, keeps at most one blank line between paragraphs. */
  static String tidy(String text) {
    if (text == null) return null;
    var out = new StringBuilder(text.length());
    int blankLines = 0;
    String lines = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    for (String line : lines.split("\n", -1)) {
      String tidyLine = collapseWhitespace(line).strip();
      if (tidyLine.isEmpty()) {
        blankLines++;
        continue;
      }
      if (out.length() > 0) out.append(blankLines > 0 ? "\n\n" : "\n");
      out.append(tidyLine);
      blankLines = 0;
    }
    return out.length() == 0 ? null : out.toString();
  }

  /** True when most letters of {@code text} are Devanagari (Hindi, Marathi, Nepali…). */
  static boolean mostlyDevanagari(String text) {
    if (text == null) return false;
    int devanagari = 0;
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) continue;
      letters++;
      if (c >= '\u0900' && c <= '\u097F') devanagari++;
    }
    return letters > 0 && devanagari * 2 > letters;
  }

  /** A BCP-47 tag's primary language, lower-cased: {@code en-IN} becomes {@code en}. */
  static String primaryLanguage(String tag) {
    if (isBlank(tag)) return null;
    String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(java.util.Locale.ROOT);
    return primary.isEmpty() ? null : primary;
  }
}
