package dev.herald.compose;

import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Feed titles and descriptions as one line of plain text. Only real HTML tags are removed, so a
 * headline about "&lt;Q4&gt; results" keeps its words; entities are decoded once.
 */
final class PlainText {

  private static final Pattern HTML_TAG = Pattern.compile("(?i)</?(?:p|br|hr|a|b|i|em|strong|span|div|img|figure"
      + "|figcaption|picture|source|ul|ol|li|h[1-6]|blockquote|small|sup|sub|u|s|mark|time|cite|q|abbr|code"
      + "|pre|table|thead|tbody|tr|td|th|iframe|video|audio|script|style|noscript|section|article|header|footer)"
      + "(?:\\s[^<>]*)?/?>");
  private static final Pattern ENTITY = Pattern.compile("&(?:#\\d+|#[xX][0-9a-fA-F]+|[a-zA-Z]+\\d*);");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private PlainText() {}

  /** One line: tags gone, entities decoded, whitespace runs as one space; "" for null. */
  static String oneLine(String text) {
    if (text == null) return "";
    String plain = text.indexOf('<') >= 0 ? HTML_TAG.matcher(text).replaceAll(" ") : text;
    if (plain.indexOf('&') >= 0 && ENTITY.matcher(plain).find()) plain = Parser.unescapeEntities(plain, false);
    return WHITESPACE.matcher(plain).replaceAll(" ").strip();
  }
}
