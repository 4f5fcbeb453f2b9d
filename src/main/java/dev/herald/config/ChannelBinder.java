package dev.herald.config;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheException;
import dev.herald.card.CardLayout;
import dev.herald.channel.ChannelProvider;
import java.io.StringReader;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads one item of {@code channels}: the common keys, then the platform keys its provider
 * accepts (kept as strings in {@code settings}), checking required keys only on enabled channels.
 */
final class ChannelBinder {

  static final Duration DEFAULT_SPACING = Duration.ofMinutes(5);
  static final Duration DEFAULT_MAX_AGE = Duration.ofHours(12);
  private static final String CARDS =
      Arrays.stream(CardLayout.values()).map(CardLayout::configName).collect(Collectors.joining(", "));

  private final Problems problems;
  private final Map<String, ChannelProvider> providers;
  private final ChannelExtras extras;

  ChannelBinder(Problems problems, Map<String, ChannelProvider> providers) {
    this.problems = problems;
    this.providers = providers;
    this.extras = new ChannelExtras(problems);
  }

  ChannelConfig bind(Section channel) {
    String id = channel.required("id");
    if (id != null) id = channel.parsed("id", id, Values::id, IdChecks.EXPECTED);
    String type = channel.required("type");
    ChannelProvider provider = type == null ? null : provider(channel, type);
    boolean enabled = channel.bool("enabled", true);
    String template = template(channel);
    String defaultCard = provider == null ? null : provider.defaultCard().configName();
    String card = channel.parsed("card", defaultCard, ChannelBinder::card, "a card layout: " + CARDS);
    Duration minSpacing = channel.duration("minSpacing", DEFAULT_SPACING, Duration.ZERO);
    QuietHours quiet = channel.parsed("quietHours", QuietHours.NONE, Values::quietHours, "a window like \"01:00-06:00\" (HH:mm-HH:mm)");
    int maxPerDay = channel.integer("maxPerDay", 0, 0, Integer.MAX_VALUE);
    Duration maxAge = channel.duration("maxAge", DEFAULT_MAX_AGE, Duration.ofMinutes(1));
    var priority = extras.priority(channel);
    Utm utm = extras.utm(channel, type);
    HashtagSettings hashtags = extras.hashtags(channel);
    String mentions = extras.mentions(channel);
    Map<String, String> settings = provider == null ? Map.of() : settings(channel, provider, enabled);
    if (mentions != null) settings = withMentions(settings, mentions);
    // Without a known type nobody knows which platform keys are right: report them once the type is fixed.
    if (provider != null) channel.rejectUnknownKeys();
    return new ChannelConfig(id, type, enabled, template, card, minSpacing, quiet, maxPerDay, maxAge, priority, utm, hashtags, settings);
  }

  private ChannelProvider provider(Section channel, String type) {
    ChannelProvider provider = providers.get(type);
    if (provider != null) return provider;
    var node = channel.node("type").orElseThrow();
    String known = providers.isEmpty() ? "none are installed" : String.join(", ", new TreeSet<>(providers.keySet()));
    problems.error(node, "unknown channel type '" + type + "' — known types: " + known);
    return null;
  }

  private Map<String, String> settings(Section channel, ChannelProvider provider, boolean enabled) {
    var settings = new LinkedHashMap<String, String>();
    for (String key : provider.keys()) {
      String value = channel.rawText(key, null);
      if (value != null) settings.put(key, value.strip());
    }
    if (enabled) {
      for (String key : provider.requiredKeys()) if (!settings.containsKey(key)) channel.missing(key);
    }
    for (String key : provider.secretKeys()) Secrets.register(settings.get(key));
    return settings;
  }

  private static Map<String, String> withMentions(Map<String, String> settings, String mentions) {
    var all = new LinkedHashMap<>(settings);
    all.put(ChannelConfig.MENTIONS, mentions);
    return all;
  }

  /** A Mustache template must compile; the compiler's complaint is reported at the key. */
  private String template(Section channel) {
    String template = channel.rawText("template", null);
    if (template == null) return null;
    try {
      new DefaultMustacheFactory().compile(new StringReader(template), "template");
    } catch (MustacheException e) {
      problems.error(channel.node("template").orElseThrow(), "template does not compile: " + e.getMessage());
    }
    return template;
  }

  private static String card(String name) {
    return CardLayout.fromConfig(name).map(CardLayout::configName).orElseThrow(() -> new IllegalArgumentException(name));
  }
}
