package dev.herald.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the WebSub hub a feed announces (W3C WebSub §4): a {@code Link: <…>; rel="hub"} header, or an
 * {@code <atom:link rel="hub" href="…"/>} (or {@code <link rel="hub">}) in the feed's head, with the
 * {@code rel="self"} link as the topic (else the URL the feed was fetched from). Reads only the part
 * before the first item, with linear patterns.
 */
public final class HubLinks {

  /** The hub to subscribe at and the topic to subscribe to. */
  public record Hub(String hub, String topic) {}

  /** A feed's head is small; a hub link past this is not looked for. */
  static final int HEAD_BYTES = 64 * 1024;

  private static final Pattern HEADER_LINK = Pattern.compile("<([^>]*)>([^,<]*)");
  private static final Pattern REL = Pattern.compile("rel\\s*=\\s*\"?([^\";,]*)\"?", Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG = Pattern.compile("<(?:[a-zA-Z0-9_-]+:)?link\\b([^>]{0,2000})>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z:-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
  private static final Pattern FIRST_ITEM = Pattern.compile("<(?:[a-zA-Z0-9_-]+:)?(?:item|entry)\\b", Pattern.CASE_INSENSITIVE);

  private HubLinks() {}

  public static Optional<Hub> find(FetchResult fetched) {
    return find(fetched.body(), fetched.links(), fetched.finalUrl());
  }

  public static Optional<Hub> find(byte[] body, String linkHeader, String feedUrl) {
    String hub = null;
    String self = null;
    if (linkHeader != null) {
      Matcher m = HEADER_LINK.matcher(linkHeader);
      while (m.find()) {
        for (String rel : rels(m.group(2))) {
          if (rel.equals("hub") && hub == null) hub = m.group(1).strip();
          if (rel.equals("self") && self == null) self = m.group(1).strip();
        }
      }
    }
    if (hub == null && body != null) {
      String head = head(body);
      Matcher tag = TAG.matcher(head);
      while (tag.find()) {
        String rel = null;
        String href = null;
        Matcher a = ATTRIBUTE.matcher(tag.group(1));
        while (a.find()) {
          String value = a.group(2) != null ? a.group(2) : a.group(3);
          if (a.group(1).equalsIgnoreCase("rel")) rel = value.strip().toLowerCase(Locale.ROOT);
          if (a.group(1).equalsIgnoreCase("href")) href = xmlText(value.strip());
        }
        if (rel == null || href == null) continue;
        if (rel.equals("hub") && hub == null) hub = href;
        if (rel.equals("self") && self == null) self = href;
      }
    }
    String hubUrl = UrlNormalizer.absolute(feedUrl, hub);
    if (hubUrl == null) return Optional.empty();
    String topic = self != null ? UrlNormalizer.absolute(feedUrl, self) : null;
    return Optional.of(new Hub(hubUrl, topic != null ? topic : feedUrl));
  }

  private static String[] rels(String params) {
    Matcher m = REL.matcher(params);
    return m.find() ? m.group(1).strip().toLowerCase(Locale.ROOT).split("\\s+") : new String[0];
  }

  private static String head(byte[] body) {
    String text = new String(body, 0, Math.min(body.length, HEAD_BYTES), StandardCharsets.UTF_8);
    Matcher item = FIRST_ITEM.matcher(text);
    return item.find() ? text.substring(0, item.start()) : text;
  }

  private static String xmlText(String value) {
    return value.replace("&amp;", "&");
  }
}
