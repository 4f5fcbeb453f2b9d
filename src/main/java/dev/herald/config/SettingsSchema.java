package dev.herald.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The platform keys one channel type accepts, in the order a person would write them. */
public record SettingsSchema(List<Setting> settings) {

  public SettingsSchema {
    settings = List.copyOf(settings);
    if (settings.stream().map(Setting::key).distinct().count() != settings.size())
      throw new IllegalArgumentException("a key is declared twice: " + settings);
  }

  public static SettingsSchema of(Setting... settings) {
    return new SettingsSchema(List.of(settings));
  }

  /**
   * Free-text keys only, for a provider written against the old {@code keys()/requiredKeys()/secretKeys()}
   * shape: nothing is checked but presence. Prefer typed {@link Setting}s.
   */
  public static SettingsSchema untyped(Set<String> keys, Set<String> required, Set<String> secrets) {
    return new SettingsSchema(keys.stream().sorted().map(key -> {
      Setting s = Setting.text(key);
      if (required.contains(key)) s = s.required();
      if (secrets.contains(key)) s = s.secret();
      return s;
    }).toList());
  }

  public Optional<Setting> find(String key) {
    return settings.stream().filter(s -> s.key().equals(key)).findFirst();
  }

  public Set<String> keys() {
    return settings.stream().map(Setting::key).collect(Collectors.toUnmodifiableSet());
  }

  public Set<String> requiredKeys() {
    return settings.stream().filter(Setting::isRequired).map(Setting::key).collect(Collectors.toUnmodifiableSet());
  }

  public Set<String> secretKeys() {
    return settings.stream().filter(Setting::isSecret).map(Setting::key).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The channel's values read through this schema, defaults filled in, secrets registered with
   * {@link Secrets}.
   *
   * @throws IllegalArgumentException naming the channel and key when a required value is missing or a value is malformed
   *     (a config from {@link ConfigLoader} has neither; one built by hand may)
   */
  public PlatformSettings read(ChannelConfig config) {
    return read(config, true);
  }

  /**
   * As {@link #read}, but a missing required key is left without a value instead of refused: for what
   * needs no credentials (text rules, composing a preview).
   */
  public PlatformSettings readWithoutCredentials(ChannelConfig config) {
    return read(config, false);
  }

  private PlatformSettings read(ChannelConfig config, boolean requireAll) {
    var values = new LinkedHashMap<String, String>();
    for (Setting setting : settings) {
      String raw = config.settings().get(setting.key());
      if (raw == null || raw.isBlank()) {
        if (setting.isRequired() && requireAll) throw new IllegalArgumentException("channel " + config.id() + ": " + setting.key() + " is required");
        if (setting.defaultValue() != null) values.put(setting.key(), setting.defaultValue());
        continue;
      }
      if (setting.isSecret()) Secrets.register(raw);
      try {
        values.put(setting.key(), setting.normalize(raw));
      } catch (IllegalArgumentException e) {
        String shown = setting.isSecret() ? Secrets.MASK : raw.strip();
        throw new IllegalArgumentException("channel " + config.id() + ": " + setting.key() + " must be " + setting.expected()
            + ", not '" + shown + "'");
      }
    }
    return new PlatformSettings(config.id(), Map.copyOf(values));
  }
}
