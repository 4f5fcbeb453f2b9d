package dev.herald.channel;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import javax.net.ssl.SSLHandshakeException;

/**
 * Tells a network failure that happened before a request left (safe to send again) from one after it
 * left (the platform may have acted on it). Only the first kind may be retried on a platform that
 * cannot deduplicate.
 */
public final class NetworkFailures {

  private NetworkFailures() {}

  /** True when the failure chain shows the connection was never made: DNS, refused, no route, connect timeout, TLS handshake. */
  public static boolean neverSent(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException
          || t instanceof SSLHandshakeException) return true;
      if (t instanceof SocketTimeoutException && String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains("connect")) {
        return true;
      }
    }
    return false;
  }
}
