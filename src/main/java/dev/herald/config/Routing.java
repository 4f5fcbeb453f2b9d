package dev.herald.config;

import java.util.List;

/**
 * Which articles a channel takes: any {@code include} rule must match (none given: every article), and
 * no {@code exclude} rule may. E.g. Hindi stories only to the Hindi Telegram channel, sport only to the
 * sports account.
 */
public record Routing(List<RouteRule> include, List<RouteRule> exclude) {

  public static final Routing ALL = new Routing(List.of(), List.of());

  public Routing {
    include = include == null ? List.of() : List.copyOf(include);
    exclude = exclude == null ? List.of() : List.copyOf(exclude);
  }

  public boolean isAll() {
    return include.isEmpty() && exclude.isEmpty();
  }
}
