package dev.herald.source;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * Which addresses Herald may fetch from when a URL comes from outside input (a feed's item link, a
 * page's image, a redirect). Public addresses always; internal ones — loopback, private, link-local
 * (cloud metadata), CGNAT, multicast, unspecified, and their IPv4-mapped forms — only for an origin
 * the operator named: a configured source's own origin, or an entry of {@code allowPrivateHosts}
 * (an origin {@code http://10.0.0.5:8080}, or a bare host that allows every port and scheme).
 * Immutable and thread-safe.
 */
public final class OutboundPolicy {

  private static final OutboundPolicy NONE = new OutboundPolicy(Set.of(), Set.of());

  private final Set<String> origins;
  private final Set<String> hosts;

  private OutboundPolicy(Set<String> origins, Set<String> hosts) {
    this.origins = Set.copyOf(origins);
    this.hosts = Set.copyOf(hosts);
  }

  /** Public addresses only. */
  public static OutboundPolicy publicOnly() {
    return NONE;
  }

  /**
   * Trusts the origins of {@code sources} (http(s) URLs; file paths are ignored) and every entry of
   * {@code allowPrivateHosts}: a URL trusts its origin, anything else is taken as a host name or
   * address. Entries that are neither are ignored here (the config check reports them).
   */
  public static OutboundPolicy of(Collection<String> sources, Collection<String> allowPrivateHosts) {
    var origins = new LinkedHashSet<String>();
    var hosts = new LinkedHashSet<String>();
    for (String source : sources) {
      HttpUrl url = source == null ? null : HttpUrl.parse(source.strip());
      if (url != null) origins.add(origin(url));
    }
    for (String entry : allowPrivateHosts) {
      if (entry == null || entry.isBlank()) continue;
      HttpUrl url = HttpUrl.parse(entry.strip());
      if (url != null) origins.add(origin(url));
      else hosts.add(bareHost(entry));
    }
    return new OutboundPolicy(origins, hosts);
  }

  /** The configured sources' origins and {@code allowPrivateHosts}. */
  public static OutboundPolicy of(dev.herald.config.HeraldConfig config) {
    return of(config.sources().stream().map(dev.herald.config.SourceConfig::url).toList(), config.allowPrivateHosts());
  }

  /** This policy, also trusting {@code url}'s origin (an operator's {@code preview --url}). */
  public OutboundPolicy trusting(String url) {
    HttpUrl parsed = url == null ? null : HttpUrl.parse(url.strip());
    if (parsed == null) return this;
    var more = new LinkedHashSet<>(origins);
    more.add(origin(parsed));
    return new OutboundPolicy(more, hosts);
  }

  /** Whether {@code url} may reach an internal address: its origin or host was named by the operator. */
  public boolean trusts(HttpUrl url) {
    return origins.contains(origin(url)) || hosts.contains(url.host().toLowerCase(Locale.ROOT));
  }

  /** Whether some trusted origin or host has this name, so DNS may answer it with an internal address. */
  boolean mayResolveInternally(String host) {
    String lower = host.toLowerCase(Locale.ROOT);
    if (hosts.contains(lower)) return true;
    for (String origin : origins) {
      HttpUrl url = HttpUrl.parse(origin);
      if (url != null && url.host().equals(lower)) return true;
    }
    return false;
  }

  /** Null when {@code url} may connect to {@code address}, else why not (naming the host). */
  String refusal(HttpUrl url, InetAddress address) {
    String kind = internalKind(address);
    if (kind == null || trusts(url)) return null;
    return url.host() + " is " + kind + " (" + address.getHostAddress() + ")";
  }

  /**
   * What kind of internal address this is, or null for a public one. IPv4-mapped and IPv4-compatible
   * IPv6 addresses are judged by the IPv4 address they carry.
   */
  static String internalKind(InetAddress address) {
    if (address instanceof Inet6Address v6) {
      byte[] b = v6.getAddress();
      if (isEmbeddedV4(b)) {
        try {
          return internalKind(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
        } catch (java.net.UnknownHostException impossible) {
          throw new IllegalStateException(impossible);
        }
      }
      if ((b[0] & 0xFE) == 0xFC) return "a private address";
    }
    if (address.isLoopbackAddress()) return "a loopback address";
    if (address.isAnyLocalAddress()) return "an unspecified address";
    if (address.isLinkLocalAddress()) return "a link-local address";
    if (address.isSiteLocalAddress()) return "a private address";
    if (address.isMulticastAddress()) return "a multicast address";
    if (address instanceof Inet4Address) {
      byte[] b = address.getAddress();
      int first = b[0] & 0xFF, second = b[1] & 0xFF;
      if (first == 100 && (second & 0xC0) == 64) return "a shared (CGNAT) address";
      if (first == 0) return "an unspecified address";
      if (first >= 240) return "a reserved address";
    }
    return null;
  }

  // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible, deprecated but still routed by some stacks)
  private static boolean isEmbeddedV4(byte[] b) {
    for (int i = 0; i < 10; i++) if (b[i] != 0) return false;
    boolean mapped = b[10] == (byte) 0xFF && b[11] == (byte) 0xFF;
    boolean compatible = b[10] == 0 && b[11] == 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] == 0 || b[15] == 1));
    return mapped || compatible;
  }

  static String origin(HttpUrl url) {
    return url.scheme() + "://" + url.host() + ":" + url.port();
  }

  private static String bareHost(String entry) {
    String host = entry.strip().toLowerCase(Locale.ROOT);
    if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
    return host;
  }

  @Override
  public String toString() {
    return "OutboundPolicy" + List.of(origins, hosts);
  }
}
