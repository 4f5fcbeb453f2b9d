package dev.herald.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Removes what an outlet's page wraps around the story before sentences are ranked: "Also Read"
 * and the headlines after it, "Source: …", social and podcast plugs, "Read more", "Click here…",
 * the related-stories footer, and lines that only repeat the headline. Returns the story's
 * paragraphs; lines of one paragraph are joined where a sentence was merely wrapped.
 */
final class Boilerplate {

  /** A line that introduces links to other stories: it goes, and so do the lines under it. */
  private static final Pattern ALSO_READ = Pattern.compile(
      "(?iu)^(also read|read also|also see|must read|यह भी पढ़ें|ये भी पढ़ें|इसे भी पढ़ें)\\s*[:|\\-–—]?$");

  /** The footer: nothing after it is the story. */
  private static final Pattern FOOTER = Pattern.compile(
      "(?iu)^(related stories|related news|related articles|more stories|no stories found\\.?|संबंधित खबरें)$");

  /** One line of noise, dropped on its own. */
  private static final Pattern NOISE = Pattern.compile("(?iu)^("
      + "(also read|read also|must read|यह भी पढ़ें|ये भी पढ़ें)\\s*[:|\\-–—].*"
      + "|source\\s*:.*|स्रोत\\s*:.*"
      + "|\\(?with inputs from .*"
      + "|stay connected (to|with) .*"
      + "|listen to our podcast.*"
      + "|follow us on .*"
      + "|read more\\b.*|और पढ़ें.*"
      + "|click here\\b.*|यहां क्लिक करें.*"
      + ")$");

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

  private Boilerplate() {}

  static List<String> paragraphs(String body, String headline) {
    var story = new ArrayList<String>();
    if (body == null || body.isBlank()) return story;
    String headlineKey = key(headline);
    boolean skipNextParagraph = false;
    for (String paragraph : PARAGRAPH_BREAK.split(body.replace("\r\n", "\n").replace('\r', '\n'))) {
      if (skipNextParagraph) {
        skipNextParagraph = false;
        continue;
      }
      var lines = new ArrayList<String>();
      var verdict = keptLines(paragraph, headlineKey, lines);
      joinWrapped(lines, story);
      if (verdict == Verdict.END_OF_STORY) break;
      skipNextParagraph = verdict == Verdict.SKIP_NEXT_PARAGRAPH;
    }
    return story;
  }

  private enum Verdict { CONTINUE, SKIP_NEXT_PARAGRAPH, END_OF_STORY }

  private static Verdict keptLines(String paragraph, String headlineKey, List<String> kept) {
    String[] lines = paragraph.split("\\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (FOOTER.matcher(line).matches()) return Verdict.END_OF_STORY;
      if (ALSO_READ.matcher(line).matches()) {
        // The linked headlines sit under it, in this paragraph or, if it stands alone, the next.
        return i == lines.length - 1 ? Verdict.SKIP_NEXT_PARAGRAPH : Verdict.CONTINUE;
      }
      if (line.isEmpty() || NOISE.matcher(line).matches()) continue;
      if (!headlineKey.isEmpty() && key(line).equals(headlineKey)) continue;
      kept.add(line);
    }
    return Verdict.CONTINUE;
  }

  /** Lines are separate paragraphs unless a sentence visibly runs on into a lower-case line. */
  private static void joinWrapped(List<String> lines, List<String> story) {
    var current = new StringBuilder();
    for (String line : lines) {
      if (current.length() > 0 && continuesSentence(current, line)) {
        current.append(' ').append(line);
        continue;
      }
      if (current.length() > 0) story.add(current.toString());
      current.setLength(0);
      current.append(line);
    }
    if (current.length() > 0) story.add(current.toString());
  }

  private static boolean continuesSentence(CharSequence previous, String line) {
    char last = previous.charAt(previous.length() - 1);
    return ".?!।…\"”".indexOf(last) < 0 && Character.isLowerCase(line.charAt(0));
  }

  /** Letters and digits only, lower-cased: "'US has evidence…': Blinken" and its copies compare equal. */
  static String key(String text) {
    if (text == null) return "";
    var out = new StringBuilder(text.length());
    text.toLowerCase(Locale.ROOT).codePoints()
        .filter(cp -> Character.isLetterOrDigit(cp) || Words.isMark(cp))
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
