package dev.herald.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One publishing target. The common keys are fields; the platform's own keys (apiBaseUrl,
 * credentials, chatId, …) are in {@code settings} as written (trimmed), checked by the loader against
 * the type's {@link SettingsSchema}, which also reads them typed ({@link SettingsSchema#read}).
 * {@code template} null means the platform's default template. {@code routing}: which articles the channel takes.
 */
public record ChannelConfig(
    String id,
    String type,
    boolean enabled,
    String template,
    String card,
    Duration minSpacing,
    QuietHours quietHours,
    int maxPerDay,
    Duration maxAge,
    List<PriorityRule> priority,
    Utm utm,
    HashtagSettings hashtags,
    Map<String, String> settings,
    Routing routing) {

  /**
   * {@code mentions: keep | neutralise}, validated by {@code check} and kept in {@code settings}, so
   * every platform accepts it without declaring it.
   */
  public static final String MENTIONS = "mentions";
  /** {@code approval: required}: new posts wait in {@code awaiting_approval} until a person approves them. */
  public static final String APPROVAL = "approval";
  /** {@code approvers}: Telegram chat ids, on a telegram channel, that its bot asks to approve drafts. */
  public static final String APPROVERS = "approvers";

  public ChannelConfig {
    priority = List.copyOf(priority);
    settings = Map.copyOf(settings);
    routing = routing == null ? Routing.ALL : routing;
  }

  /** A channel that takes every article. */
  public ChannelConfig(String id, String type, boolean enabled, String template, String card, Duration minSpacing,
      QuietHours quietHours, int maxPerDay, Duration maxAge, List<PriorityRule> priority, Utm utm,
      HashtagSettings hashtags, Map<String, String> settings) {
    this(id, type, enabled, template, card, minSpacing, quietHours, maxPerDay, maxAge, priority, utm, hashtags, settings,
        Routing.ALL);
  }

  public boolean approvalRequired() {
    return "required".equals(settings.get(APPROVAL));
  }

  /** The Telegram chat ids this channel's bot asks for approvals; empty for most channels. */
  public List<String> approvers() {
    return setting(APPROVERS).map(v -> List.of(v.split(","))).orElse(List.of());
  }

  public Optional<String> setting(String key) {
    return Optional.ofNullable(settings.get(key)).filter(v -> !v.isBlank());
  }

  public String setting(String key, String fallback) {
    return setting(key).orElse(fallback);
  }
}
