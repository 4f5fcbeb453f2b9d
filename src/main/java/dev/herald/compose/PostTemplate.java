package dev.herald.compose;

import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.codes.PartialCode;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A compiled post template. Values go in already escaped for the platform, so mustache's HTML
 * escaping is off. After rendering, whitespace is tidied: lines trimmed, a blank line kept only
 * where the template itself has one (and never two in a row), so a missing value leaves no gap.
 * Thread-safe once compiled.
 */
final class PostTemplate {

  /** Stands in for the template's own blank lines while rendering; private use, so never in news text. */
  private static final char BLANK_LINE = '\uE000';
  private static final Pattern SPACE_RUN = Pattern.compile("[ \\t]{2,}");

  private final Mustache mustache;
  private final Set<String> names;

  private PostTemplate(Mustache mustache) {
    this.mustache = mustache;
    this.names = names(mustache);
  }

  /** @throws IllegalArgumentException when the template is not valid mustache */
  static PostTemplate compile(String template) {
    try {
      return new PostTemplate(new RawMustacheFactory().compile(new StringReader(markBlankLines(template)), "post"));
    } catch (MustacheException e) {
      throw new IllegalArgumentException("post template is not valid mustache: " + e.getMessage(), e);
    }
  }

  boolean uses(String variable) {
    return names.contains(variable);
  }

  /** Names the template refers to that Herald does not provide, and partials, which it does not support. */
  List<String> problems() {
    var problems = new ArrayList<String>();
    for (String name : names) {
      if (name.startsWith(">")) problems.add("partials are not supported: {{" + name + "}}");
      else if (!Templates.VARIABLES.contains(name)) problems.add("unknown variable {{" + name + "}}; known: " + String.join(", ", Templates.VARIABLES.stream().sorted().toList()));
    }
    return problems;
  }

  String render(Map<String, String> values) {
    var out = new StringWriter(256);
    mustache.execute(out, values);
    return tidy(out.toString());
  }

  private static String markBlankLines(String template) {
    String[] lines = template.replace("\r\n", "\n").split("\n", -1);
    for (int i = 0; i < lines.length; i++) if (lines[i].isBlank()) lines[i] = String.valueOf(BLANK_LINE);
    return String.join("\n", lines);
  }

  static String tidy(String rendered) {
    var out = new StringBuilder(rendered.length());
    boolean blankPending = false;
    for (String line : rendered.split("\n", -1)) {
      boolean intendedBlank = line.indexOf(BLANK_LINE) >= 0;
      String clean = SPACE_RUN.matcher(line.replace(String.valueOf(BLANK_LINE), "")).replaceAll(" ").strip();
      if (clean.isEmpty()) {
        blankPending |= intendedBlank && out.length() > 0;
        continue;
      }
      if (out.length() > 0) out.append(blankPending ? "\n\n" : "\n");
      out.append(clean);
      blankPending = false;
    }
    return out.toString();
  }

  private static Set<String> names(Code code) {
    var names = new LinkedHashSet<String>();
    collect(code, names);
    return Set.copyOf(names);
  }

  private static void collect(Code code, Set<String> names) {
    if (code.getCodes() == null) return;
    for (Code child : code.getCodes()) {
      if (child instanceof PartialCode) names.add(">" + child.getName());
      else if (child.getName() != null) names.add(child.getName());
      collect(child, names);
    }
  }

  /** Mustache that writes values as given: the platform's {@link TextRules#escape} already ran. */
  private static final class RawMustacheFactory extends DefaultMustacheFactory {
    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
