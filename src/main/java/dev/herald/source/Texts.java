package dev.herald.source;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Plain-text helpers shared by the parsers: HTML to text, whitespace tidy, script detection. */
final class Texts {

  private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0\\u2007\\u202F]+");
  private static final Pattern SPACE_AROUND_NEWLINE = Pattern.compile(" *\\n *");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
  private static final String DROPPED = "script, style, noscript, iframe, template, svg, form, button";

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
    return blankToNull(SPACES.matcher(text.replaceAll("\\s+", " ")).replaceAll(" "));
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
        if (node instanceof TextNode text) out.append(text.getWholeText().replaceAll("\\s+", " "));
        else if (node instanceof Element e && e.nameIs("br")) out.append('\n');
        else if (node instanceof Element e && e.isBlock()) out.append("\n\n");
      }

      @Override public void tail(Node node, int depth) {
        if (node instanceof Element e && e.isBlock() && !e.nameIs("br")) out.append("\n\n");
      }
    }, root);
    return tidy(out.toString());
  }

  /** Collapses runs of spaces, trims every line, keeps at most one blank line between paragraphs. */
  static String tidy(String text) {
    if (text == null) return null;
    String s = SPACES.matcher(text.replace("\r\n", "\n").replace('\r', '\n')).replaceAll(" ");
    s = SPACE_AROUND_NEWLINE.matcher(s).replaceAll("\n");
    s = BLANK_LINES.matcher(s).replaceAll("\n\n");
    return blankToNull(s);
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
      if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.DEVANAGARI) devanagari++;
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
