package dev.herald.config;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheException;
import java.io.StringReader;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Reads one item of {@code channels}: the common keys, then the platform keys its type's
 * {@link SettingsSchema} declares, each checked where it is written (so a bad value is reported with
 * its line), checking required keys only on enabled channels, and only when credentials are asked for.
 */
final class ChannelBinder {

  static final Duration DEFAULT_SPACING = Duration.ofMinutes(5);
  static final Duration DEFAULT_MAX_AGE = Duration.ofHours(12);

  private final Problems problems;
  private final ChannelCatalog catalog;
  private final boolean requireCredentials;
  private final ChannelExtras extras;

  ChannelBinder(Problems problems, ChannelCatalog catalog, boolean requireCredentials) {
    this.problems = problems;
    this.catalog = catalog;
    this.requireCredentials = requireCredentials;
    this.extras = new ChannelExtras(problems);
  }

  ChannelConfig bind(Section channel) {
    String id = channel.required("id");
    if (id != null) id = channel.parsed("id", id, Values::id, IdChecks.EXPECTED);
    String type = channel.required("type");
    ChannelType known = type == null ? null : type(channel, type);
    boolean enabled = channel.bool("enabled", true);
    String template = template(channel);
    String defaultCard = known == null ? null : known.defaultCard();
    String card = channel.parsed("card", defaultCard, this::card, "a card layout: " + String.join(", ", catalog.cardLayouts()));
    Duration minSpacing = channel.duration("minSpacing", DEFAULT_SPACING, Duration.ZERO);
    QuietHours quiet = channel.parsed("quietHours", QuietHours.NONE, Values::quietHours, "a window like \"01:00-06:00\" (HH:mm-HH:mm)");
    int maxPerDay = channel.integer("maxPerDay", 0, 0, Integer.MAX_VALUE);
    Duration maxAge = channel.duration("maxAge", DEFAULT_MAX_AGE, Duration.ofMinutes(1));
    var priority = extras.priority(channel);
    Utm utm = extras.utm(channel, type);
    HashtagSettings hashtags = extras.hashtags(channel);
    String mentions = extras.mentions(channel);
    Routing routing = new Routing(extras.routes(channel, "include"), extras.routes(channel, "exclude"));
    Map<String, String> settings = known == null ? Map.of() : settings(channel, known.settings(), enabled);
    if (mentions != null) settings = with(settings, ChannelConfig.MENTIONS, mentions);
    String approval = extras.approval(channel);
    if (approval != null) settings = with(settings, ChannelConfig.APPROVAL, approval);
    String approvers = extras.approvers(channel, type);
    if (approvers != null) settings = with(settings, ChannelConfig.APPROVERS, approvers);
    // Without a known type nobody knows which platform keys are right: report them once the type is fixed.
    if (known != null) channel.rejectUnknownKeys();
    return new ChannelConfig(id, type, enabled, template, card, minSpacing, quiet, maxPerDay, maxAge, priority, utm, hashtags, settings, routing);
  }

  private ChannelType type(Section channel, String type) {
    ChannelType known = catalog.types().get(type);
    if (known != null) return known;
    var node = channel.node("type").orElseThrow();
    String names = catalog.types().isEmpty() ? "none are installed" : String.join(", ", new TreeSet<>(catalog.types().keySet()));
    problems.error(node, "unknown channel type '" + type + "' — known types: " + names);
    return null;
  }

  /** Each value as its setting keeps it; secrets are registered before anything could quote them. */
  private Map<String, String> settings(Section channel, SettingsSchema schema, boolean enabled) {
    var settings = new LinkedHashMap<String, String>();
    for (Setting setting : schema.settings()) {
      Optional<Node.Scalar> scalar = channel.scalar(setting.key());
      if (scalar.isEmpty()) {
        if (setting.isRequired() && enabled && requireCredentials) channel.missing(setting.key());
        continue;
      }
      String raw = scalar.get().text();
      if (setting.isSecret()) Secrets.register(raw);
      try {
        settings.put(setting.key(), setting.normalize(raw));
      } catch (IllegalArgumentException e) {
        problems.error(scalar.get(), "expected " + setting.expected() + ", got '" + raw.strip() + "'");
      }
    }
    return settings;
  }

  private static Map<String, String> with(Map<String, String> settings, String key, String value) {
    var all = new LinkedHashMap<>(settings);
    all.put(key, value);
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

  private String card(String name) {
    String lower = name.strip().toLowerCase(Locale.ROOT);
    if (!catalog.cardLayouts().contains(lower)) throw new IllegalArgumentException(name);
    return lower;
  }
}
