package dev.herald.compose;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What Telegram's HTML parse mode would refuse: unknown tags, unbalanced tags, bare & < >. */
final class TelegramHtml {

  private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a",
      "code", "pre", "blockquote", "tg-spoiler", "tg-emoji", "span");
  private static final Pattern TAG = Pattern.compile("<(/?)([a-z-]+)((?:\\s+[a-z-]+=\"[^\"<>]*\")*)\\s*>");
  private static final Pattern ENTITY = Pattern.compile("&(?:amp|lt|gt|quot|#\\d+|#x[0-9a-fA-F]+);");

  private TelegramHtml() {}

  static List<String> problems(String html) {
    var problems = new ArrayList<String>();
    var open = new ArrayDeque<String>();
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      if (c == '<') {
        var tag = TAG.matcher(html).region(i, html.length());
        if (!tag.lookingAt()) {
          problems.add("bare '<' at " + i);
          continue;
        }
        String name = tag.group(2);
        if (!TAGS.contains(name)) problems.add("tag <" + name + "> not allowed");
        if (tag.group(1).isEmpty()) open.push(name);
        else if (open.isEmpty() || !open.pop().equals(name)) problems.add("unbalanced </" + name + ">");
        i = tag.end() - 1;
      } else if (c == '>') {
        problems.add("bare '>' at " + i);
      } else if (c == '&' && !ENTITY.matcher(html).region(i, html.length()).lookingAt()) {
        problems.add("bare '&' at " + i);
      }
    }
    open.forEach(name -> problems.add("<" + name + "> never closed"));
    return problems;
  }
}
