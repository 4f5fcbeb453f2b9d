package dev.herald.channel.x;

import java.util.Map;
import twitter4j.HttpParameter;
import twitter4j.HttpRequest;
import twitter4j.RequestMethod;
import twitter4j.auth.OAuthAuthorization;
import twitter4j.conf.Configuration;

/**
 * OAuth 1.0a headers for the calls Twitter4J cannot make (v2 media upload, alt text), produced by
 * Twitter4J's own signer so both paths sign alike. Multipart and JSON bodies are not part of the
 * signature base, so only the method and URL (with its query) are signed.
 */
final class OAuthSigner {

  private final OAuthAuthorization oauth;

  OAuthSigner(Configuration conf) {
    this.oauth = new OAuthAuthorization(conf);
  }

  String header(String method, String url) {
    var request = new HttpRequest(RequestMethod.valueOf(method), url, new HttpParameter[0], oauth, Map.of());
    return oauth.getAuthorizationHeader(request);
  }
}
