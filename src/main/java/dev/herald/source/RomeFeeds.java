package dev.herald.source;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCSubject;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Document;

/** RSS, RDF and Atom through Rome's SyndFeed model, one {@link Article} per entry. */
final class RomeFeeds {

  // RSS <author> is "email (Name)"; the name is what a reader wants.
  private static final Pattern EMAIL_WITH_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");

  private RomeFeeds() {}

  static List<Article> parse(Document document, String baseUrl) throws FeedException {
    List<java.time.Instant> pubDates = RssDates.take(document);
    SyndFeed feed;
    try {
      feed = new SyndFeedInput().build(document);
    } catch (IllegalArgumentException e) {
      throw new FeedException("unknown document: <" + document.getRootElement().getName()
          + "> is not RSS, RDF, Atom, JSON Feed or a sitemap", e);
    } catch (com.rometools.rome.io.FeedException | RuntimeException e) {
      throw new FeedException("unreadable feed: " + e.getMessage(), e);
    }
    String feedLanguage = Texts.primaryLanguage(feed.getLanguage());
    var items = new ArrayList<Article>();
    List<SyndEntry> entries = feed.getEntries();
    for (int i = 0; i < entries.size(); i++) {
      java.time.Instant pubDate = i < pubDates.size() ? pubDates.get(i) : null;
      Article article = toArticle(entries.get(i), baseUrl, feedLanguage, pubDate);
      if (article != null) items.add(article);
    }
    return items;
  }

  private static Article toArticle(SyndEntry entry, String baseUrl, String feedLanguage, java.time.Instant pubDate) {
    String guid = Texts.blankToNull(entry.getUri());
    String url = UrlNormalizer.absolute(baseUrl, entry.getLink());
    if (url == null) url = UrlNormalizer.absolute(null, guid);
    String description = entry.getDescription() == null ? null : Texts.plain(entry.getDescription().getValue());
    String title = Texts.plain(entry.getTitle());
    if (title == null) title = description;
    if (url == null || title == null) return null;
    String contentHtml = contentHtml(entry);
    String body = contentHtml == null ? null : Texts.paragraphs(contentHtml);
    List<String> keywords = categories(entry);
    String image = FeedImages.find(entry, contentHtml, url, baseUrl);
    String language = Texts.mostlyDevanagari(title) ? "hi" : feedLanguage;
    return new Article(url, guid != null ? guid : url, null, title, description, body, image,
        pubDate != null ? pubDate : date(entry), keywords.isEmpty() ? null : keywords.get(0), keywords, author(entry), language);
  }

  private static String contentHtml(SyndEntry entry) {
    for (SyndContent content : entry.getContents()) {
      if (Texts.isBlank(content.getValue())) continue;
      String type = content.getType();
      // Atom type="text" is literal text: escape it so markup-looking characters survive as text.
      if ("text".equals(type) || "text/plain".equals(type)) return org.jsoup.nodes.Entities.escape(content.getValue()).replace("\n", "<br>");
      return content.getValue();
    }
    return null;
  }

  private static java.time.Instant date(SyndEntry entry) {
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return date == null ? null : date.toInstant();
  }

  private static List<String> categories(SyndEntry entry) {
    var names = new LinkedHashSet<String>();
    for (SyndCategory category : entry.getCategories()) {
      String name = Texts.plain(category.getName());
      if (name != null) names.add(name);
    }
    // RSS 1.0 and many RSS 2.0 feeds tag items with dc:subject instead of <category>
    if (entry.getModule(DCModule.URI) instanceof DCModule dc) {
      for (DCSubject subject : dc.getSubjects()) {
        String name = Texts.plain(subject.getValue());
        if (name != null) names.add(name);
      }
    }
    return List.copyOf(names);
  }

  private static String author(SyndEntry entry) {
    var names = new LinkedHashSet<String>();
    for (SyndPerson person : entry.getAuthors()) {
      String name = Texts.plain(person.getName());
      if (name != null) names.add(name);
    }
    if (names.isEmpty() && !Texts.isBlank(entry.getAuthor())) names.add(Texts.plain(entry.getAuthor()));
    if (names.isEmpty()) return null;
    String joined = String.join(", ", names);
    Matcher m = EMAIL_WITH_NAME.matcher(joined);
    return m.matches() ? m.group(1).strip() : joined;
  }
}
