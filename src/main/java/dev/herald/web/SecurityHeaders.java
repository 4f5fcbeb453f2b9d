package dev.herald.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headers every admin response carries. The page keeps its script and style inline, so the
 * Content-Security-Policy allows exactly those blocks by their SHA-256 and nothing else: no other
 * script, no framing, no plugin, no form posting elsewhere, fetches only to this origin.
 */
final class SecurityHeaders {

  private final String policy;

  private SecurityHeaders(String policy) {
    this.policy = policy;
  }

  /** The policy for {@code page}: its inline {@code <script>} and {@code <style>} blocks, hashed as served. */
  static SecurityHeaders forPage(String page) {
    Document doc = Jsoup.parse(page);
    return new SecurityHeaders(String.join("; ",
        "default-src 'none'",
        "script-src " + hashes(doc, "script"),
        "style-src " + hashes(doc, "style"),
        "connect-src 'self'",
        // Drafts composed by hand show their cards inline, before anything is stored.
        "img-src 'self' data:",
        "font-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'"));
  }

  String policy() {
    return policy;
  }

  void apply(Context ctx) {
    ctx.header("Content-Security-Policy", policy);
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
  }

  private static String hashes(Document doc, String tag) {
    String list = doc.select(tag).stream().filter(e -> !e.hasAttr("src")).map(SecurityHeaders::hash)
        .collect(Collectors.joining(" "));
    return list.isEmpty() ? "'none'" : list;
  }

  // The browser hashes the block's text exactly as it stands between the tags.
  private static String hash(Element block) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(block.data().getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
