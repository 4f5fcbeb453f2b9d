package dev.herald.source;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import okhttp3.Dns;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * The OkHttp client for outside input, derived from the shared one: internal addresses are refused
 * after DNS (a {@link Dns} that sees every host name OkHttp resolves) and again on the connected
 * socket of every request before a byte of it is written (a network interceptor, so DNS rebinding or
 * an IP literal cannot slip past). Redirects are not followed here: {@link Fetcher} follows them
 * itself, checking each hop before it connects.
 */
final class GuardedHttp {

  /** Longest a single outside fetch may take, connect to last byte. */
  static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);

  private GuardedHttp() {}

  static OkHttpClient client(OkHttpClient base, OutboundPolicy policy) {
    return base.newBuilder()
        .dns(new GuardedDns(base.dns(), policy))
        .addNetworkInterceptor(new SocketCheck(policy))
        .followRedirects(false)
        .followSslRedirects(false)
        // A refused route must not be retried on the next address of the same host.
        .retryOnConnectionFailure(false)
        .callTimeout(CALL_TIMEOUT)
        .build();
  }

  /** An internal address was refused: Herald will not fetch it for outside input. */
  static final class Refused extends IOException {
    Refused(String message) {
      super(message);
    }
  }

  private record GuardedDns(Dns delegate, OutboundPolicy policy) implements Dns {
    @Override
    public List<InetAddress> lookup(String hostname) throws UnknownHostException {
      List<InetAddress> addresses = delegate.lookup(hostname);
      if (policy.mayResolveInternally(hostname)) return addresses;
      for (InetAddress address : addresses) {
        String kind = OutboundPolicy.internalKind(address);
        // UnknownHostException is what Dns may throw; the message says it was a refusal, not a typo.
        if (kind != null) throw new UnknownHostException("refused: " + hostname + " resolves to " + kind);
      }
      return addresses;
    }
  }

  private record SocketCheck(OutboundPolicy policy) implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
      var connection = chain.connection();
      if (connection != null) {
        InetSocketAddress remote = connection.route().socketAddress();
        InetAddress address = connection.socket().getInetAddress();
        String why = policy.refusal(chain.request().url(), address != null ? address : remote.getAddress());
        if (why != null) throw new Refused("refused: " + why);
      }
      return chain.proceed(chain.request());
    }
  }
}
