package dev.herald.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An article page's body text: the paragraphs of {@code [itemprop=articleBody]}, else the fullest
 * {@code <article>}, else the block with the most paragraph text — without page chrome, captions,
 * "Also Read"/"Related Stories" blocks, share prompts or source lines.
 */
final class PageBody {

  private static final String CHROME = "script, style, noscript, template, iframe, svg, form, button, "
      + "nav, aside, footer, header, figure, figcaption, [aria-hidden=true], [hidden]";

  private static final Pattern BOILERPLATE_CLASS = Pattern.compile(
      "(?i)(^|[\\s_-])(related|also-?read|read-?more|share|sharing|social|newsletter|subscribe|promo|"
          + "advert|ads?|sponsor|comments?|breadcrumbs?|tags|author-?box|more-?stories|recommended)([\\s_-]|$)");

  private static final Pattern BOILERPLATE_TEXT = Pattern.compile(
      "(?i)^(also read|read also|read more|related (stories|news|articles|posts)|no stories found|advertisement"
          + "|stay connected|follow us|subscribe to|download (the|our) app|click here"
          + "|source\\s*:.{0,60}$|(with )?inputs? from .{0,40}$).*");

  private PageBody() {}

  /** Removes chrome from {@code page} (it is modified) and returns the body, or null when none is found. */
  static String extract(Document page) {
    return extract(page, Deadline.none());
  }

  /**
   * As {@link #extract(Document)}, in time linear in the page's size: each step is one pass over the
   * elements, checking {@code deadline} as it goes.
   */
  static String extract(Document page, Deadline deadline) {
    page.select(CHROME).remove();
    deadline.check();
    Set<Element> holdsArticleBody = holdersOfArticleBody(page);
    var boilerplate = new ArrayList<Element>();
    int visited = 0;
    for (Element e : page.getAllElements()) {
      if ((++visited & 0x3FF) == 0) deadline.check();
      if (isBoilerplateBlock(e, holdsArticleBody)) boilerplate.add(e);
    }
    boilerplate.forEach(Element::remove);
    deadline.check();
    Element container = container(page);
    if (container == null) return null;
    List<String> paragraphs = new ArrayList<>();
    for (Element p : container.select("p, h2, h3, blockquote:not(:has(p)), li:not(:has(p))")) {
      String text = Texts.plain(p.text());
      if (text != null && keeps(p, text)) paragraphs.add(text);
    }
    if (paragraphs.isEmpty() && Texts.paragraphs(container) != null) {
      // no <p> markup: fall back to block structure
      for (String text : Texts.paragraphs(container).split("\n\n")) {
        if (!BOILERPLATE_TEXT.matcher(text).matches()) paragraphs.add(text);
      }
    }
    return paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
  }

  // Every [itemprop=articleBody] and its ancestors, found once: asking each element "do you hold one?"
  // searched its whole subtree and took minutes on a page of nested <div>s. Walks stop at an ancestor
  // already seen, so the whole set costs one visit per element at most.
  private static Set<Element> holdersOfArticleBody(Document page) {
    Set<Element> holders = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element marked : page.select("[itemprop=articleBody]")) {
      for (Element e = marked; e != null && holders.add(e); e = e.parent()) { /* climb */ }
    }
    return holders;
  }

  private static boolean isBoilerplateBlock(Element e, Set<Element> holdsArticleBody) {
    if (e == e.ownerDocument().body() || e.nameIs("html") || e.nameIs("article")) return false;
    // "ads-enabled article-body" must not take the story with it
    if (e.hasAttr("itemprop") || holdsArticleBody.contains(e) || paragraphText(e) > 500) return false;
    return BOILERPLATE_CLASS.matcher(e.className()).find() || BOILERPLATE_CLASS.matcher(e.id()).find();
  }

  private static Element container(Document page) {
    Element marked = page.selectFirst("[itemprop=articleBody]");
    if (marked != null && !marked.text().isBlank()) return marked;
    Element best = null;
    int bestScore = 0;
    for (Element candidate : page.select("article, main, section, div, td")) {
      int score = paragraphText(candidate);
      // an <article> is trusted over a generic block of similar weight
      if (candidate.nameIs("article")) score = score * 3 / 2;
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best != null ? best : page.body();
  }

  // Text in the element's own paragraphs, so a wrapper does not outscore the block it wraps.
  private static int paragraphText(Element element) {
    int total = 0;
    for (Element child : element.children()) {
      if (child.nameIs("p")) total += child.text().length();
    }
    return total;
  }

  private static boolean keeps(Element paragraph, String text) {
    if (BOILERPLATE_TEXT.matcher(text).matches()) return false;
    // a paragraph that is only a link is navigation ("Also Read" lists, "next story")
    String linkText = paragraph.select("a").text().strip();
    return linkText.isEmpty() || linkText.length() < text.length() * 0.8;
  }
}
