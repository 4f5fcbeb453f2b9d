package dev.herald.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** A channel's structured keys: {@code priority} rules, {@code include}/{@code exclude} routing, {@code utm} tags and {@code hashtags}. */
final class ChannelExtras {

  static final int DEFAULT_HASHTAGS = 2;

  private final Problems problems;

  ChannelExtras(Problems problems) {
    this.problems = problems;
  }

  /** {@code mentions}: {@code keep}, or {@code neutralise}/{@code neutralize}; null when absent (the type's default). */
  String mentions(Section channel) {
    return channel.parsed(ChannelConfig.MENTIONS, null, ChannelExtras::mentionsValue, "keep or neutralise");
  }

  /** {@code approval}: {@code required} or {@code none} (the default); null when absent. */
  String approval(Section channel) {
    return channel.parsed(ChannelConfig.APPROVAL, null, ChannelExtras::approvalValue, "required or none");
  }

  private static String approvalValue(String text) {
    return switch (text.toLowerCase(java.util.Locale.ROOT)) {
      case "required" -> "required";
      case "none" -> "none";
      default -> throw new IllegalArgumentException(text);
    };
  }

  /**
   * {@code approvers}: Telegram chat ids (numbers, negative for groups) that this Telegram channel's bot
   * sends drafts to for approval; kept comma-joined. Empty when absent.
   */
  String approvers(Section channel, String type) {
    List<String> ids = channel.strings(ChannelConfig.APPROVERS);
    if (ids.isEmpty()) return null;
    var node = channel.node(ChannelConfig.APPROVERS).orElseThrow();
    if (!"telegram".equals(type)) {
      problems.error(node, "approvers are Telegram chat ids: put them on a telegram channel, whose bot asks them");
      return null;
    }
    for (String id : ids) {
      if (!id.matches("-?\\d{1,20}")) problems.error(node, "expected Telegram chat ids (numbers), got '" + id + "'");
    }
    return String.join(",", ids);
  }

  private static String mentionsValue(String text) {
    return switch (text.toLowerCase(java.util.Locale.ROOT)) {
      case "keep" -> "keep";
      case "neutralise", "neutralize" -> "neutralise";
      default -> throw new IllegalArgumentException(text);
    };
  }

  List<PriorityRule> priority(Section channel) {
    Optional<Node> node = channel.node("priority");
    if (node.isEmpty()) return List.of();
    var rules = new ArrayList<PriorityRule>();
    for (Node item : channel.items(node.get())) {
      Section rule = Section.of(item, item.path(), item.line(), problems);
      String section = rule.text("section", null);
      String keyword = rule.text("keyword", null);
      Pattern headline = rule.parsed("headline", null, ChannelExtras::regex, "a regular expression");
      boolean headlineGiven = rule.scalar("headline").isPresent();
      rule.rejectUnknownKeys();
      if (section == null && keyword == null && !headlineGiven)
        problems.error(item, "a priority rule needs one of section, keyword or headline");
      else if (section != null || keyword != null || headline != null) rules.add(new PriorityRule(section, keyword, headline));
    }
    return rules;
  }

  /** {@code include} or {@code exclude}: a list of rules, each a map of section / language / keyword / source. */
  List<RouteRule> routes(Section channel, String key) {
    Optional<Node> node = channel.node(key);
    if (node.isEmpty()) return List.of();
    var rules = new ArrayList<RouteRule>();
    for (Node item : channel.items(node.get())) {
      if (!(item instanceof Node.Mapping)) {
        problems.error(item, "expected a rule such as {section: Sport}, {language: hi}, {keyword: cricket} or {source: hindi}");
        continue;
      }
      Section rule = Section.of(item, item.path(), item.line(), problems);
      String section = rule.text("section", null);
      String language = rule.text("language", null);
      String keyword = rule.text("keyword", null);
      String source = rule.text("source", null);
      rule.rejectUnknownKeys();
      if (section == null && language == null && keyword == null && source == null)
        problems.error(item, "a " + key + " rule needs one of section, language, keyword or source");
      else rules.add(new RouteRule(section, language, keyword, source));
    }
    return rules;
  }

  /** Absent or true: the defaults (links are tracked). false: no tags. A map: its values over the defaults. */
  Utm utm(Section channel, String type) {
    Optional<Node> node = channel.node("utm");
    String source = type == null ? "herald" : type;
    if (node.isEmpty()) return new Utm(true, source, "social", "herald");
    if (node.get() instanceof Node.Scalar) {
      boolean on = channel.bool("utm", true);
      return on ? new Utm(true, source, "social", "herald") : Utm.OFF;
    }
    Section utm = channel.section("utm");
    var result = new Utm(true, utm.text("source", source), utm.text("medium", "social"), utm.text("campaign", "herald"));
    utm.rejectUnknownKeys();
    return result;
  }

  /** Absent: at most 2, no mapping. A number: the max. A map: {max, mapping, always}. */
  HashtagSettings hashtags(Section channel) {
    Optional<Node> node = channel.node("hashtags");
    if (node.isEmpty()) return new HashtagSettings(DEFAULT_HASHTAGS, Map.of(), List.of());
    if (node.get() instanceof Node.Scalar) {
      int max = channel.integer("hashtags", DEFAULT_HASHTAGS, 0, 30);
      return new HashtagSettings(max, Map.of(), List.of());
    }
    Section hashtags = channel.section("hashtags");
    int max = hashtags.integer("max", DEFAULT_HASHTAGS, 0, 30);
    Map<String, String> mapping = mapping(hashtags.section("mapping"));
    var always = new ArrayList<String>();
    for (String tag : hashtags.strings("always")) tag(hashtags, "always", tag).ifPresent(always::add);
    hashtags.rejectUnknownKeys();
    return new HashtagSettings(max, mapping, always);
  }

  private Map<String, String> mapping(Section mapping) {
    var out = new LinkedHashMap<String, String>();
    for (String keyword : mapping.unread().keySet()) {
      String tag = mapping.parsed(keyword, null, Values::hashtag, "a hashtag of letters, digits and '_'");
      if (tag != null) out.put(keyword, tag);
    }
    return out;
  }

  private Optional<String> tag(Section section, String key, String text) {
    try {
      return Optional.of(Values.hashtag(text));
    } catch (IllegalArgumentException e) {
      problems.error(section.childPath(key), section.node(key).map(Problems::lineOf).orElse(null),
          "expected hashtags of letters, digits and '_', got '" + text + "'");
      return Optional.empty();
    }
  }

  private static Pattern regex(String text) {
    try {
      return Pattern.compile(text);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(e.getDescription(), e);
    }
  }
}
